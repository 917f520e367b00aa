import type { FieldErrors } from '../../../db/repositories/write-result';
import type { Credential, CredentialInput } from '../../../domain/model';
import type { FormMessages } from '../../../shared/record-form-state';

/** The credential form as its inputs hold it: optional fields are empty text until saved. */
export interface CredentialFormValues {
  name: string;
  issuer: string;
  date: string;
  expires: string;
  url: string;
  skills: string[];
  description: string;
}

export type CredentialFormField = keyof CredentialFormValues;

export function blankCredentialForm(): CredentialFormValues {
  return { name: '', issuer: '', date: '', expires: '', url: '', skills: [], description: '' };
}

export function credentialFormFromCredential(credential: Credential): CredentialFormValues {
  return {
    name: credential.name,
    issuer: credential.issuer,
    date: credential.date,
    expires: credential.expires ?? '',
    url: credential.url ?? '',
    skills: [...credential.skills],
    description: credential.description ?? '',
  };
}

/**
 * The typed form as the repository's input, which judges it: empty optional fields are left out, so saving an edit
 * with the expiry cleared clears it. The original file of an imported credential is not the form's to change.
 */
export function credentialInputFromForm(values: CredentialFormValues): CredentialInput {
  const optional = (text: string) => (text.trim() === '' ? undefined : text.trim());
  return {
    name: values.name,
    issuer: values.issuer,
    date: values.date.trim(),
    skills: values.skills,
    expires: optional(values.expires),
    url: optional(values.url),
    description: values.description.trim() === '' ? undefined : values.description,
  };
}

/**
 * Messages keyed by the credential input's paths, put under the form's fields: a problem with one skill lands on
 * Skills, and an issue date left empty asks for the day rather than for a date's format.
 */
export function credentialFormMessages(errors: FieldErrors, values: CredentialFormValues): FormMessages<CredentialFormField> {
  const fields: readonly string[] = ['name', 'issuer', 'date', 'expires', 'url', 'skills', 'description'] satisfies CredentialFormField[];
  const isField = (field: string): field is CredentialFormField => fields.includes(field);
  const byField: Partial<Record<CredentialFormField, string>> = {};
  const other: string[] = [];
  for (const [path, message] of Object.entries(errors)) {
    if (message === undefined || message === '') continue;
    const field = path.split('.')[0] ?? '';
    if (isField(field)) byField[field] ??= message;
    else other.push(message);
  }
  if (byField.date !== undefined && values.date.trim() === '') byField.date = 'Choose the day it was issued';
  return { byField, other };
}
