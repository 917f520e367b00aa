import { useCallback } from 'react';
import type { FieldErrors } from '../../db/repositories/write-result';
import type { TimeEntry } from '../../domain/model';
import { unusualEntry } from '../../domain/time';
import { useDisplayLocale } from '../../shared/settings-context';
import type { FormMessages } from '../../shared/record-form-state';
import { useRecordForm, type SubmitOutcome } from '../../shared/use-record-form';
import { entryFormValues, newEntryFormValues, readEntryForm, withDuration, withEnd, withStart, type EntryFormField, type EntryFormValues } from './entry-form';
import { firstErrorMessage } from './entry-labels';
import { useEntryCommands } from './use-entry-commands';
import { unusualEntryMessage } from './unusual-entry-message';
import type { TimeReference } from './use-time-reference-query';

/** Which entry the dialog edits, or that it adds a new one. */
export type EntryDialogTarget = { kind: 'new' } | { kind: 'edit'; entry: TimeEntry };

const FORM_FIELDS: readonly EntryFormField[] = ['projectId', 'date', 'start', 'end', 'duration', 'description', 'tags'];

/** The fields a change rewrites besides its own, so their messages go with their old values. */
const FOLLOWING_FIELDS: Partial<Record<keyof EntryFormValues, readonly EntryFormField[]>> = {
  date: ['start', 'end', 'duration'],
  start: ['end', 'duration'],
  end: ['duration'],
  duration: ['end'],
};

/** Sorts a refused write's messages onto the fields; anything else is said once above the buttons. */
function writeMessages(errors: FieldErrors): FormMessages<keyof EntryFormValues> {
  const byField: Partial<Record<EntryFormField, string>> = {};
  const rest: FieldErrors = {};
  for (const [path, message] of Object.entries(errors)) {
    const field = FORM_FIELDS.find((candidate) => candidate === path);
    if (field !== undefined) byField[field] = message;
    else rest[path] = message;
  }
  return { byField, other: Object.keys(rest).length === 0 ? [] : [firstErrorMessage(rest)] };
}

/**
 * The time entry dialog's form: start and end, or start and a duration, with what and for whom. End and Duration
 * follow each other as either is typed; a new entry bills as the project chosen for it does.
 */
export function useEntryForm(target: EntryDialogTarget, reference: TimeReference, displayZone: string) {
  const { addEntry, saveEntry } = useEntryCommands();
  const editing = target.kind === 'edit' ? target.entry : undefined;
  // An entry keeps the zone it was tracked in: its times are shown and read on that wall clock.
  const timeZone = editing?.timeZone ?? displayZone;
  const running = editing !== undefined && editing.end === null;

  const initial = () => {
    if (editing !== undefined) return entryFormValues(editing);
    const projectId = reference.recentProjectIds.find((id) => reference.projectsById.get(id)?.status === 'active');
    const project = projectId === undefined ? undefined : reference.projectsById.get(projectId);
    return newEntryFormValues(Date.now(), timeZone, projectId, project === undefined || project.billing.kind !== 'nonBillable');
  };

  const follow = useCallback(
    (next: EntryFormValues, field: keyof EntryFormValues): EntryFormValues => {
      switch (field) {
        case 'date':
        case 'start':
          return withStart(next, next.start, timeZone);
        case 'end':
          return withEnd(next, next.end, timeZone);
        case 'duration':
          return withDuration(next, next.duration, timeZone);
        case 'projectId': {
          // A new entry bills as its project does; an edited one keeps what was chosen for it.
          const project = reference.projectsById.get(next.projectId);
          return editing === undefined && project !== undefined ? { ...next, billable: project.billing.kind !== 'nonBillable' } : next;
        }
        default:
          return next;
      }
    },
    [timeZone, editing, reference],
  );

  const submit = useCallback(
    async (values: EntryFormValues): Promise<SubmitOutcome<EntryFormValues, TimeEntry>> => {
      const read = readEntryForm(values, timeZone, running);
      if (!read.ok) return { ok: false, messages: { byField: read.errors, other: [] } };
      const result = editing === undefined ? await addEntry({ ...read.value, clientId: '', timeZone, source: 'manual' }) : await saveEntry(editing.id, read.value);
      if (!result.ok) return { ok: false, messages: writeMessages(result.errors) };
      return { ok: true, value: result.value, announcement: editing === undefined ? 'Time entry added' : 'Time entry saved' };
    },
    [timeZone, running, editing, addEntry, saveEntry],
  );

  const locale = useDisplayLocale();
  /**
   * What to ask before saving an entry longer than a day or ending in the future, or null to save straight away. Times
   * an edit leaves as they were are not asked about again, nor is a form that cannot be read (saving says why).
   */
  const unusualQuestion = useCallback(
    (values: EntryFormValues): string | null => {
      const read = readEntryForm(values, timeZone, running);
      if (!read.ok || read.value.end === null) return null;
      const { start, end } = read.value;
      if (editing !== undefined && editing.start === start && editing.end === end) return null;
      const unusual = unusualEntry(start, end, Date.now());
      return unusual === null ? null : unusualEntryMessage(unusual, end, timeZone, locale);
    },
    [timeZone, running, editing, locale],
  );

  const form = useRecordForm({ initial, noun: 'Time entry', submit, follow });
  const { setValue: setOwnValue, clearError } = form;
  const setValue = useCallback(
    <F extends keyof EntryFormValues>(field: F, value: EntryFormValues[F]) => {
      setOwnValue(field, value);
      for (const following of FOLLOWING_FIELDS[field] ?? []) clearError(following);
    },
    [setOwnValue, clearError],
  );

  return { ...form, setValue, unusualQuestion, editing, running, timeZone };
}
