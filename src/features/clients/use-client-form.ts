import { useCallback } from 'react';
import type { Client } from '../../domain/model';
import { useDisplayLocale } from '../../shared/settings-context';
import { useRecordForm, type RecordForm, type SubmitOutcome } from '../../shared/use-record-form';
import { clientFormErrors, clientInputFromForm, type ClientFormValues } from './client-form-values';
import { useClientCommands } from './use-client-commands';

/**
 * The client form's state and its save. Text that cannot be read is refused together with the rules' own messages,
 * so the freelancer sees every problem at once; nothing is stored until every field is right.
 */
export function useClientForm(initial: ClientFormValues, clientId: string | undefined): RecordForm<ClientFormValues, Client> {
  const locale = useDisplayLocale();
  const { clientInputErrors, createClient, updateClient } = useClientCommands();

  const submit = useCallback(
    async (values: ClientFormValues): Promise<SubmitOutcome<ClientFormValues, Client>> => {
      const { input, readErrors } = clientInputFromForm(values, locale);
      if (Object.keys(readErrors).length > 0) {
        const ruleErrors = clientFormErrors(await clientInputErrors(input, clientId));
        return { ok: false, messages: { byField: { ...ruleErrors.byField, ...readErrors }, other: ruleErrors.other } };
      }
      const result = clientId === undefined ? await createClient(input) : await updateClient(clientId, input);
      if (!result.ok) return { ok: false, messages: clientFormErrors(result.errors) };
      return { ok: true, value: result.value, announcement: clientId === undefined ? `${result.value.name} added` : `${result.value.name} saved` };
    },
    [locale, clientId, clientInputErrors, createClient, updateClient],
  );

  return useRecordForm({ initial, noun: 'Client', submit, draftKey: `client:${clientId ?? 'new'}` });
}
