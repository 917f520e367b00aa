import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { useState, type FormEvent } from 'react';
import { useDisplayLocale } from '../../shared/settings-context';
import type { TimeEntry } from '../../domain/model';
import { addLocalDays, formatDuration, localDayKey, zonedInstant } from '../../domain/time';
import { splitSpanAt } from '../../domain/time-tracking/split-span';
import { useAnnounce } from '../../ui/Announcer';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { TextField } from '../../ui/Field';
import { formatClockTime } from '../../shared/date-display';
import { entryLabel, firstErrorMessage } from './entry-labels';
import styles from './time-dialogs.module.css';
import { useEntryCommands } from './use-entry-commands';

const MINUTE_MS = 60_000;
const TIME_OF_DAY = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** The instant a split time means: on the start's day, or the next day for an entry that ran past midnight. */
function splitInstant(entry: TimeEntry, time: string): number | undefined {
  if (!TIME_OF_DAY.test(time)) return undefined;
  const startDay = localDayKey(entry.start, entry.timeZone);
  const sameDay = zonedInstant(startDay, time, entry.timeZone);
  return sameDay > entry.start ? sameDay : zonedInstant(addLocalDays(startDay, 1), time, entry.timeZone);
}

function middleTime(entry: TimeEntry & { end: number }): string {
  const middle = Math.round((entry.start + (entry.end - entry.start) / 2) / MINUTE_MS) * MINUTE_MS;
  return format(new TZDate(middle, entry.timeZone), 'HH:mm');
}

interface SplitDialogProps {
  entry: TimeEntry | null;
  projectName: string | undefined;
  onClose: () => void;
}

/** Cuts a stopped entry in two at a time the user picks; both parts keep its project, description and tags. */
export function SplitDialog({ entry, projectName, onClose }: SplitDialogProps) {
  return (
    <Dialog open={entry !== null} onClose={onClose} title="Split time entry" size="sm">
      {entry !== null && entry.end !== null && <SplitForm key={entry.id} entry={{ ...entry, end: entry.end }} projectName={projectName} onDone={onClose} />}
    </Dialog>
  );
}

function SplitForm({ entry, projectName, onDone }: { entry: TimeEntry & { end: number }; projectName: string | undefined; onDone: () => void }) {
  const announce = useAnnounce();
  const { splitEntry } = useEntryCommands();
  const locale = useDisplayLocale();
  const [time, setTime] = useState(() => middleTime(entry));
  const [error, setError] = useState<string | undefined>(undefined);
  const [saving, setSaving] = useState(false);

  const at = splitInstant(entry, time);
  const split = at === undefined ? undefined : splitSpanAt(entry, at);
  const clock = (instant: number) => formatClockTime(instant, entry.timeZone, locale);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (at === undefined) {
      setError('Enter a time, like 10:30');
      return;
    }
    if (split !== undefined && !split.ok) {
      setError(split.error);
      return;
    }
    setSaving(true);
    try {
      const result = await splitEntry(entry.id, at);
      if (!result.ok) {
        setError(firstErrorMessage(result.errors));
        return;
      }
      announce(`Split “${entryLabel(entry, projectName)}” at ${clock(at)}`, 'success');
      onDone();
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="stack" noValidate onSubmit={(event) => void handleSubmit(event)} aria-label="Split entry">
      <p className="muted">
        “{entryLabel(entry, projectName)}” ran {clock(entry.start)} – {clock(entry.end)} ({formatDuration(entry.end - entry.start, 'hours-minutes')}). Both parts keep its project,
        description and tags.
      </p>
      <TextField
        label="Split at"
        type="time"
        value={time}
        error={error}
        onChange={(event) => {
          setTime(event.target.value);
          setError(undefined);
        }}
        data-autofocus=""
      />
      {split?.ok === true && (
        <ol className={styles.splitPreview}>
          {split.spans.map((span, index) => (
            <li key={span.start}>
              <span className="muted">{index === 0 ? 'First part' : 'Second part'}</span>
              <span className="tabular">
                {clock(span.start)} – {clock(span.end)}
              </span>
              <span className="tabular">{formatDuration(span.end - span.start, 'hours-minutes')}</span>
            </li>
          ))}
        </ol>
      )}
      <div className={styles.entryFormFooter}>
        <Button variant="secondary" onClick={onDone} disabled={saving}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" disabled={saving} aria-busy={saving}>
          Split entry
        </Button>
      </div>
    </form>
  );
}
