import { useId, useRef, useState, type FormEvent } from 'react';
import { db } from '../../db';
import { createTimeEntry, updateTimeEntry } from '../../db/repositories/time-entries';
import type { FieldErrors } from '../../db/repositories/write-result';
import type { TimeEntry } from '../../domain/model';
import { useAnnounce } from '../../ui/Announcer';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { TextAreaField, TextField } from '../../ui/Field';
import {
  endsNextDay,
  entryFormValues,
  newEntryFormValues,
  readEntryForm,
  withDuration,
  withEnd,
  withStart,
  type EntryFormErrors,
  type EntryFormField,
  type EntryFormValues,
} from './entry-form';
import { firstErrorMessage } from './entry-labels';
import { ProjectCombobox } from './ProjectCombobox';
import { ErrorIcon } from '../../ui/icons';
import type { TimeReference } from './time-reference';

/** Which entry the dialog edits, or that it adds a new one. */
export type EntryDialogTarget = { kind: 'new' } | { kind: 'edit'; entry: TimeEntry };

interface EntryDialogProps {
  target: EntryDialogTarget | null;
  onClose: () => void;
  reference: TimeReference;
  /** The zone new entries are tracked in. */
  timeZone: string;
}

const FORM_FIELDS: readonly EntryFormField[] = ['projectId', 'date', 'start', 'end', 'duration', 'description', 'tags'];

/** Sorts a refused write's messages onto the fields; anything else is said once above the buttons. */
function splitWriteErrors(errors: FieldErrors): { byField: EntryFormErrors; other: string | undefined } {
  const byField: EntryFormErrors = {};
  const rest: FieldErrors = {};
  for (const [path, message] of Object.entries(errors)) {
    const field = FORM_FIELDS.find((candidate) => candidate === path);
    if (field !== undefined) byField[field] = message;
    else rest[path] = message;
  }
  return { byField, other: Object.keys(rest).length === 0 ? undefined : firstErrorMessage(rest) };
}

/** "Add time entry" and "Edit time entry": start and end, or start and a duration, with what and for whom. */
export function EntryDialog({ target, onClose, reference, timeZone }: EntryDialogProps) {
  return (
    <Dialog open={target !== null} onClose={onClose} title={target?.kind === 'edit' ? 'Edit time entry' : 'Add time entry'} size="lg">
      {target !== null && <EntryForm key={target.kind === 'edit' ? target.entry.id : 'new'} target={target} onDone={onClose} reference={reference} timeZone={timeZone} />}
    </Dialog>
  );
}

function EntryForm({ target, onDone, reference, timeZone: displayZone }: { target: EntryDialogTarget; onDone: () => void; reference: TimeReference; timeZone: string }) {
  const announce = useAnnounce();
  const formRef = useRef<HTMLFormElement>(null);
  const projectInputId = useId();
  const projectErrorId = useId();
  const editing = target.kind === 'edit' ? target.entry : undefined;
  // An entry keeps the zone it was tracked in: its times are shown and read on that wall clock.
  const timeZone = editing?.timeZone ?? displayZone;
  const running = editing !== undefined && editing.end === null;

  const [values, setValues] = useState<EntryFormValues>(() => {
    if (editing !== undefined) return entryFormValues(editing);
    const projectId = reference.recentProjectIds.find((id) => reference.projectsById.get(id)?.status === 'active');
    const project = projectId === undefined ? undefined : reference.projectsById.get(projectId);
    return newEntryFormValues(Date.now(), timeZone, projectId, project === undefined || project.billing.kind !== 'nonBillable');
  });
  const [errors, setErrors] = useState<EntryFormErrors>({});
  const [formError, setFormError] = useState<string | undefined>(undefined);
  const [saving, setSaving] = useState(false);

  const update = (next: EntryFormValues, ...fields: EntryFormField[]) => {
    setValues(next);
    setErrors((previous) => Object.fromEntries(Object.entries(previous).filter(([field]) => !fields.some((cleared) => cleared === field))));
  };

  const focusFirstInvalid = () => {
    window.setTimeout(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const read = readEntryForm(values, timeZone, running);
    if (!read.ok) {
      setErrors(read.errors);
      setFormError(undefined);
      focusFirstInvalid();
      return;
    }
    setSaving(true);
    try {
      const { value } = read;
      const result =
        editing === undefined
          ? await createTimeEntry(db, { ...value, clientId: '', timeZone, source: 'manual' })
          : await updateTimeEntry(db, editing.id, value);
      if (!result.ok) {
        const split = splitWriteErrors(result.errors);
        setErrors(split.byField);
        setFormError(split.other);
        focusFirstInvalid();
        return;
      }
      announce(editing === undefined ? 'Time entry added' : 'Time entry saved', 'success');
      onDone();
    } finally {
      setSaving(false);
    }
  };

  const chooseProject = (projectId: string) => {
    const project = reference.projectsById.get(projectId);
    // A new entry bills as its project does; an edited one keeps what was chosen for it.
    const billable = editing === undefined && project !== undefined ? project.billing.kind !== 'nonBillable' : values.billable;
    update({ ...values, projectId, billable }, 'projectId');
  };

  const nextDay = values.lastEdited === 'end' && endsNextDay(values, timeZone);

  return (
    <form ref={formRef} className="entry-form" noValidate onSubmit={(event) => void handleSubmit(event)} aria-label={editing === undefined ? 'New time entry' : 'Time entry'}>
      <div className="field">
        <label className="field-label" htmlFor={projectInputId}>
          Project
        </label>
        <ProjectCombobox
          id={projectInputId}
          options={reference.projectOptions}
          recentIds={reference.recentProjectIds}
          value={values.projectId === '' ? undefined : values.projectId}
          onChange={chooseProject}
          invalid={errors.projectId !== undefined}
          describedBy={errors.projectId === undefined ? undefined : projectErrorId}
          className="project-combobox-field"
        />
        {errors.projectId !== undefined && (
          <p id={projectErrorId} className="field-error">
            <ErrorIcon />
            {errors.projectId}
          </p>
        )}
      </div>
      <div className="entry-form-times">
        <TextField label="Date" type="date" value={values.date} error={errors.date} onChange={(event) => update(withStart({ ...values, date: event.target.value }, values.start, timeZone), 'date', 'start', 'end', 'duration')} required />
        <TextField label="Start" type="time" value={values.start} error={errors.start} onChange={(event) => update(withStart(values, event.target.value, timeZone), 'start', 'end', 'duration')} required />
        <TextField
          label="End"
          type="time"
          value={values.end}
          error={errors.end}
          hint={nextDay ? 'Ends the next day' : running && values.end === '' ? 'Running: leave empty to keep it running' : undefined}
          onChange={(event) => update(withEnd(values, event.target.value, timeZone), 'end', 'duration')}
        />
        <TextField
          label="Duration"
          value={values.duration}
          error={errors.duration}
          placeholder="1:30"
          inputMode="decimal"
          autoComplete="off"
          hint={errors.duration === undefined ? '1:30, 1h30, 90m or 1.5' : undefined}
          onChange={(event) => update(withDuration(values, event.target.value, timeZone), 'duration', 'end')}
        />
      </div>
      <TextAreaField label="Description" rows={2} value={values.description} error={errors.description} placeholder="What did you work on?" onChange={(event) => update({ ...values, description: event.target.value }, 'description')} />
      <div className="entry-form-extras">
        <TextField
          label="Tags"
          value={values.tags}
          error={errors.tags}
          hint="Separate tags with commas"
          list={`${projectInputId}-tags`}
          autoComplete="off"
          onChange={(event) => update({ ...values, tags: event.target.value }, 'tags')}
          fieldClassName="entry-form-tags"
        />
        <datalist id={`${projectInputId}-tags`}>
          {reference.knownTags.map((tag) => (
            <option key={tag} value={tag} />
          ))}
        </datalist>
        <label className="checkbox-field">
          <input type="checkbox" checked={values.billable} onChange={(event) => update({ ...values, billable: event.target.checked })} />
          <span>Billable</span>
        </label>
      </div>
      {timeZone !== displayZone && <p className="muted small">Times are in {timeZone.replaceAll('_', ' ')}, where this entry was tracked.</p>}
      {formError !== undefined && (
        <p className="form-error" role="alert">
          {formError}
        </p>
      )}
      <div className="entry-form-footer">
        <Button variant="secondary" onClick={onDone} disabled={saving}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" disabled={saving} aria-busy={saving}>
          {editing === undefined ? 'Add entry' : 'Save changes'}
        </Button>
      </div>
    </form>
  );
}
