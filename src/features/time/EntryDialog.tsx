import { useId, useState, type FormEvent } from 'react';
import { useFocusFirstProblem } from '../../shared/use-focus-first-problem';
import { Button } from '../../ui/Button';
import { ConfirmDialog, Dialog } from '../../ui/Dialog';
import { TextAreaField, TextField } from '../../ui/Field';
import { endsNextDay } from './entry-form';
import { ProjectCombobox } from './ProjectCombobox';
import { ErrorIcon } from '../../ui/icons';
import styles from './time-dialogs.module.css';
import { useEntryForm, type EntryDialogTarget } from './use-entry-form';
import type { TimeReference } from './use-time-reference-query';

interface EntryDialogProps {
  target: EntryDialogTarget | null;
  onClose: () => void;
  reference: TimeReference;
  /** The zone new entries are tracked in. */
  timeZone: string;
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
  const projectInputId = useId();
  const projectErrorId = useId();
  const { values, errors, otherErrors, saving, failedAttempts, setValue, save, unusualQuestion, editing, running, timeZone } = useEntryForm(target, reference, displayZone);
  const formRef = useFocusFirstProblem(failedAttempts);
  const [question, setQuestion] = useState<string | null>(null);

  const saveAndClose = async () => {
    if ((await save()) !== undefined) onDone();
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const asked = unusualQuestion(values);
    if (asked === null) await saveAndClose();
    else setQuestion(asked);
  };

  const nextDay = values.lastEdited === 'end' && endsNextDay(values, timeZone);

  return (
    <form ref={formRef} className={styles.entryForm} noValidate onSubmit={(event) => void handleSubmit(event)} aria-label={editing === undefined ? 'New time entry' : 'Time entry'}>
      <div className="field">
        <label className="field-label" htmlFor={projectInputId}>
          Project
        </label>
        <ProjectCombobox
          id={projectInputId}
          options={reference.projectOptions}
          recentIds={reference.recentProjectIds}
          value={values.projectId === '' ? undefined : values.projectId}
          onChange={(projectId) => setValue('projectId', projectId)}
          invalid={errors.projectId !== undefined}
          describedBy={errors.projectId === undefined ? undefined : projectErrorId}
        />
        {errors.projectId !== undefined && (
          <p id={projectErrorId} className="field-error">
            <ErrorIcon />
            {errors.projectId}
          </p>
        )}
      </div>
      <div className={styles.entryFormTimes}>
        <TextField label="Date" type="date" value={values.date} error={errors.date} onChange={(event) => setValue('date', event.target.value)} required />
        <TextField label="Start" type="time" value={values.start} error={errors.start} onChange={(event) => setValue('start', event.target.value)} required />
        <TextField
          label="End"
          type="time"
          value={values.end}
          error={errors.end}
          hint={nextDay ? 'Ends the next day' : running && values.end === '' ? 'Running: leave empty to keep it running' : undefined}
          onChange={(event) => setValue('end', event.target.value)}
        />
        <TextField
          label="Duration"
          value={values.duration}
          error={errors.duration}
          placeholder="1:30"
          inputMode="decimal"
          autoComplete="off"
          hint={errors.duration === undefined ? '1:30, 1h30, 90m or 1.5' : undefined}
          onChange={(event) => setValue('duration', event.target.value)}
        />
      </div>
      <TextAreaField label="Description" rows={2} value={values.description} error={errors.description} placeholder="What did you work on?" onChange={(event) => setValue('description', event.target.value)} />
      <div className={styles.entryFormExtras}>
        <TextField
          label="Tags"
          value={values.tags}
          error={errors.tags}
          hint="Separate tags with commas"
          list={`${projectInputId}-tags`}
          autoComplete="off"
          onChange={(event) => setValue('tags', event.target.value)}
          fieldClassName={styles.entryFormTags}
        />
        <datalist id={`${projectInputId}-tags`}>
          {reference.knownTags.map((tag) => (
            <option key={tag} value={tag} />
          ))}
        </datalist>
        <label className={styles.checkboxField}>
          <input type="checkbox" checked={values.billable} onChange={(event) => setValue('billable', event.target.checked)} />
          <span>Billable</span>
        </label>
      </div>
      {timeZone !== displayZone && <p className="muted small">Times are in {timeZone.replaceAll('_', ' ')}, where this entry was tracked.</p>}
      {otherErrors.length > 0 && (
        <p className={styles.formError} role="alert">
          {otherErrors.join(' ')}
        </p>
      )}
      <div className={styles.entryFormFooter}>
        <Button variant="secondary" onClick={onDone} disabled={saving}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" disabled={saving} aria-busy={saving}>
          {editing === undefined ? 'Add entry' : 'Save changes'}
        </Button>
      </div>
      {/* Inside the form only to keep the markup together: its buttons are plain buttons, not submits. */}
      <ConfirmDialog
        open={question !== null}
        title="Save an unusual entry?"
        message={question ?? ''}
        confirmLabel="Save anyway"
        cancelLabel="Keep editing"
        tone="primary"
        onConfirm={() => {
          setQuestion(null);
          void saveAndClose();
        }}
        onCancel={() => setQuestion(null)}
      />
    </form>
  );
}
