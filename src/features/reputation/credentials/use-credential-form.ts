import { useCallback } from 'react';
import type { Credential } from '../../../domain/model';
import { useRecordForm, type RecordForm, type SubmitOutcome } from '../../../shared/use-record-form';
import { credentialFormMessages, credentialInputFromForm, type CredentialFormValues } from './credential-form-values';
import { useCredentialCommands } from './use-credential-commands';

/**
 * The credential form's state and its save, kept as a draft while typed. A refused save keeps every value and puts
 * each message under its field; a failed write keeps them too and says what was not saved.
 */
export function useCredentialForm(initial: CredentialFormValues, stored: Credential | undefined): RecordForm<CredentialFormValues, Credential> {
  const { createCredential, updateCredential } = useCredentialCommands();
  const submit = useCallback(
    async (values: CredentialFormValues): Promise<SubmitOutcome<CredentialFormValues, Credential>> => {
      const input = credentialInputFromForm(values);
      const result = stored === undefined ? await createCredential(input) : await updateCredential(stored.id, input);
      if (!result.ok) return { ok: false, messages: credentialFormMessages(result.errors, values) };
      return { ok: true, value: result.value, announcement: `${result.value.name} ${stored === undefined ? 'added' : 'saved'}` };
    },
    [stored, createCredential, updateCredential],
  );
  return useRecordForm({ initial, noun: 'Credential', submit, draftKey: `credential:${stored?.id ?? 'new'}` });
}
