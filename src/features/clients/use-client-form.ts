import { useState } from 'react';
import { useDisplayLocale } from '../../shared/settings-context';
import { db } from '../../db';
import { clientInputErrors, createClient, updateClient } from '../../db/repositories/clients';
import type { Client } from '../../domain/model';
import { useAnnounce } from '../../ui/Announcer';
import { clientFormErrors, clientInputFromForm, type ClientFormErrors, type ClientFormField, type ClientFormValues } from './client-form-values';

/**
 * The client form's state and its save. A refused save keeps every typed value and puts each message under its
 * field; nothing is stored until every field is right.
 */
export function useClientForm(initial: ClientFormValues, clientId: string | undefined) {
  const announce = useAnnounce();
  const locale = useDisplayLocale();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<ClientFormErrors>({});
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const [failedAttempts, setFailedAttempts] = useState(0);

  const setValue = <F extends ClientFormField>(field: F, value: ClientFormValues[F]) => {
    setValues((previous) => ({ ...previous, [field]: value }));
    setErrors((previous) => ({ ...previous, [field]: undefined }));
  };

  const refuse = (messages: ReturnType<typeof clientFormErrors>) => {
    setErrors(messages.byField);
    setOtherErrors(messages.other);
    setFailedAttempts((count) => count + 1);
    announce('Client not saved: correct the marked fields', 'danger');
  };

  const save = async (): Promise<Client | undefined> => {
    setSaving(true);
    try {
      const { input, readErrors } = clientInputFromForm(values, locale);
      if (Object.keys(readErrors).length > 0) {
        const ruleErrors = clientFormErrors(await clientInputErrors(db, input, clientId));
        refuse({ byField: { ...ruleErrors.byField, ...readErrors }, other: ruleErrors.other });
        return undefined;
      }
      const result = clientId === undefined ? await createClient(db, input) : await updateClient(db, clientId, input);
      if (!result.ok) {
        refuse(clientFormErrors(result.errors));
        return undefined;
      }
      announce(clientId === undefined ? `${result.value.name} added` : `${result.value.name} saved`, 'success');
      return result.value;
    } finally {
      setSaving(false);
    }
  };

  return { values, errors, otherErrors, saving, failedAttempts, setValue, save };
}
