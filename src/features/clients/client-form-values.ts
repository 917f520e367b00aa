import type { FieldErrors } from '../../db/repositories/write-result';
import { DOCUMENT_LANGUAGES, type Client, type ClientInput, type Platform } from '../../domain/model';
import { countryFieldText, readCountry } from '../../domain/clients/country-choice';
import { formatAmountForInput, readAmount, readWholeDays } from '../../shared/form-numbers';

/** The client form as its inputs hold it. */
export interface ClientFormValues {
  name: string;
  email: string;
  company: string;
  address: string;
  /** The country's name as typed or chosen; saved as its ISO code. */
  country: string;
  taxId: string;
  /** A document language code, or empty for the one in Settings. */
  documentLanguage: string;
  industry: string;
  currency: string;
  defaultRate: string;
  paymentTermsDays: string;
  platform: Platform;
  confidential: boolean;
  publicAlias: string;
  tags: string[];
  notes: string;
}

export type ClientFormField = keyof ClientFormValues;
export type ClientFormErrors = Partial<Record<ClientFormField, string>>;

export function blankClientForm(defaults: { currency: string; paymentTermsDays: number }): ClientFormValues {
  return {
    name: '',
    email: '',
    company: '',
    address: '',
    country: '',
    taxId: '',
    documentLanguage: '',
    industry: '',
    currency: defaults.currency,
    defaultRate: '',
    paymentTermsDays: String(defaults.paymentTermsDays),
    platform: 'direct',
    confidential: false,
    publicAlias: '',
    tags: [],
    notes: '',
  };
}

export function clientFormFromClient(client: Client, locale: string): ClientFormValues {
  return {
    name: client.name,
    email: client.email ?? '',
    company: client.company ?? '',
    address: client.address ?? '',
    country: countryFieldText(client.country, locale),
    taxId: client.taxId ?? '',
    documentLanguage: client.documentLanguage ?? '',
    industry: client.industry ?? '',
    currency: client.currency,
    defaultRate: client.defaultRateMinor === undefined ? '' : formatAmountForInput(client.defaultRateMinor, client.currency, locale),
    paymentTermsDays: String(client.paymentTermsDays),
    platform: client.platform,
    confidential: client.confidential,
    publicAlias: client.publicAlias ?? '',
    tags: client.tags,
    notes: client.notes ?? '',
  };
}

function optional(text: string): string | undefined {
  const trimmed = text.trim();
  return trimmed === '' ? undefined : trimmed;
}

/**
 * The input to save, with every field present (undefined clears an optional one on edit), and the messages for
 * fields whose text cannot be read as what they hold. While any of those exist the form saves nothing.
 */
export function clientInputFromForm(values: ClientFormValues, locale: string): { input: ClientInput; readErrors: ClientFormErrors } {
  const readErrors: ClientFormErrors = {};
  const currency = values.currency.trim().toUpperCase();
  const rate = readAmount(values.defaultRate, currency, locale);
  if (rate.kind === 'error') readErrors.defaultRate = rate.message;
  if (rate.kind === 'pending') readErrors.defaultRate = 'Enter a known currency first: the rate is read in it';
  const terms = readWholeDays(values.paymentTermsDays);
  if (terms.kind === 'error') readErrors.paymentTermsDays = terms.message;
  if (terms.kind === 'empty') readErrors.paymentTermsDays = 'Enter the days a client has to pay, 0 for on receipt';
  const country = readCountry(values.country, locale);
  if (country.kind === 'error') readErrors.country = country.message;

  const input: ClientInput = {
    name: values.name,
    email: optional(values.email),
    company: optional(values.company),
    address: optional(values.address),
    country: country.kind === 'value' ? country.code : undefined,
    taxId: optional(values.taxId),
    documentLanguage: DOCUMENT_LANGUAGES.find((language) => language === values.documentLanguage),
    industry: optional(values.industry),
    currency,
    defaultRateMinor: rate.kind === 'value' ? rate.value : undefined,
    paymentTermsDays: terms.kind === 'value' ? terms.value : 0,
    platform: values.platform,
    confidential: values.confidential,
    publicAlias: values.confidential ? optional(values.publicAlias) : undefined,
    tags: values.tags,
    notes: optional(values.notes),
  };
  return { input, readErrors };
}

const FIELD_BY_PATH: Record<string, ClientFormField> = {
  name: 'name',
  email: 'email',
  company: 'company',
  address: 'address',
  country: 'country',
  taxId: 'taxId',
  documentLanguage: 'documentLanguage',
  industry: 'industry',
  currency: 'currency',
  defaultRateMinor: 'defaultRate',
  paymentTermsDays: 'paymentTermsDays',
  platform: 'platform',
  confidential: 'confidential',
  publicAlias: 'publicAlias',
  notes: 'notes',
};

/** Puts each repository message under its input (every tags.N under Tags); the rest are returned as lines. */
export function clientFormErrors(errors: FieldErrors): { byField: ClientFormErrors; other: string[] } {
  const byField: ClientFormErrors = {};
  const other: string[] = [];
  for (const [path, message] of Object.entries(errors)) {
    if (message === undefined) continue;
    const field = path.startsWith('tags') ? 'tags' : FIELD_BY_PATH[path];
    if (field === undefined) other.push(message);
    else byField[field] ??= message;
  }
  return { byField, other };
}
