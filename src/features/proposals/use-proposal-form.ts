import { useCallback } from 'react';
import type { FormMessages } from '../../shared/record-form-state';
import { useRecordForm, type RecordForm, type SubmitOutcome } from '../../shared/use-record-form';
import { useDisplayLocale } from '../../shared/settings-context';
import type { Client, Proposal } from '../../domain/model';
import { formErrorsFromWrite, readProposalForm, type ProposalFormErrors, type ProposalFormField, type ProposalFormValues } from './proposal-form-values';
import { useProposalCommands } from './use-proposal-commands';

/** The form's messages as the record form shows them: each under its field, the one about the whole proposal above the buttons. */
function formMessages({ form, ...byField }: ProposalFormErrors): FormMessages<ProposalFormField> {
  return { byField, other: form === undefined ? [] : [form] };
}

interface ProposalFormOptions {
  /** The proposal being edited; a new one is created without it. */
  proposal: Proposal | undefined;
  initialValues: ProposalFormValues;
  clients: readonly Client[];
}

/**
 * The proposal form's state and its save. Choosing a client on file brings its currency and platform along; nothing
 * is stored until every message is resolved.
 */
export function useProposalForm({ proposal, initialValues, clients }: ProposalFormOptions): RecordForm<ProposalFormValues, Proposal> {
  const locale = useDisplayLocale();
  const { createProposal, updateProposal } = useProposalCommands();

  const follow = useCallback(
    (next: ProposalFormValues, field: ProposalFormField): ProposalFormValues => {
      if (field !== 'clientId') return next;
      const client = clients.find((candidate) => candidate.id === next.clientId);
      return client === undefined ? next : { ...next, currency: client.currency, platform: client.platform };
    },
    [clients],
  );

  const submit = useCallback(
    async (values: ProposalFormValues): Promise<SubmitOutcome<ProposalFormValues, Proposal>> => {
      const reading = readProposalForm(values, locale);
      if (!reading.ok) return { ok: false, messages: formMessages(reading.errors) };
      const result = proposal === undefined ? await createProposal(reading.fields, values.stage) : await updateProposal(proposal.id, reading.fields);
      if (!result.ok) return { ok: false, messages: formMessages(formErrorsFromWrite(result.errors, values)) };
      return { ok: true, value: result.value, announcement: proposal === undefined ? `Proposal “${result.value.title}” saved` : 'Proposal saved' };
    },
    [createProposal, locale, proposal, updateProposal],
  );

  return useRecordForm({ initial: initialValues, noun: 'Proposal', submit, follow, draftKey: `proposal:${proposal?.id ?? 'new'}` });
}
