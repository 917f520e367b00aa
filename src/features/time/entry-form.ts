import type { TimeEntry } from '../../domain/model';
import { addLocalDays, localDayKey, zonedInstant } from '../../domain/time';
import { parseDurationInput } from '../../domain/time-tracking/duration-input';
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

/** The time entry dialog as its inputs hold it. */
export interface EntryFormValues {
  projectId: string;
  /** `YYYY-MM-DD`, as a date input gives it. */
  date: string;
  /** `HH:mm`, as a time input gives it. */
  start: string;
  end: string;
  duration: string;
  description: string;
  billable: boolean;
  /** Comma-separated. */
  tags: string;
  /**
   * Which of End and Duration the user typed last: that one wins and the other follows it. A running entry has
   * neither until it is stopped.
   */
  lastEdited: 'end' | 'duration';
}

export type EntryFormField = 'projectId' | 'date' | 'start' | 'end' | 'duration' | 'description' | 'tags';
export type EntryFormErrors = Partial<Record<EntryFormField, string>>;

/** What the form describes, ready for createTimeEntry or updateTimeEntry. */
export interface EntryFormResult {
  projectId: string;
  start: number;
  /** null keeps a running entry running. */
  end: number | null;
  description: string;
  billable: boolean;
  tags: string[];
}

const TIME_OF_DAY = /^([01]\d|2[0-3]):([0-5]\d)$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_TAG_LENGTH = 60;
const QUARTER_HOUR_MS = 15 * 60_000;
const HOUR_MS = 60 * 60_000;

function wallClock(instant: number, timeZone: string, pattern: string): string {
  return format(new TZDate(instant, timeZone), pattern);
}

/** A duration as the Duration field shows it: "1:30" (hours and minutes). */
export function durationFieldText(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Comma-separated tags as a clean list: trimmed, without blanks or repeats. */
export function parseTags(text: string): string[] {
  const tags: string[] = [];
  for (const raw of text.split(',')) {
    const tag = raw.trim();
    if (tag !== '' && !tags.includes(tag)) tags.push(tag);
  }
  return tags;
}

/** A new entry's starting values: the last hour up to now, on the quarter hour, for the project used last. */
export function newEntryFormValues(now: number, timeZone: string, projectId: string | undefined, billable: boolean): EntryFormValues {
  const end = Math.floor(now / QUARTER_HOUR_MS) * QUARTER_HOUR_MS;
  const start = end - HOUR_MS;
  return {
    projectId: projectId ?? '',
    date: localDayKey(start, timeZone),
    start: wallClock(start, timeZone, 'HH:mm'),
    end: wallClock(end, timeZone, 'HH:mm'),
    duration: durationFieldText(end - start),
    description: '',
    billable,
    tags: '',
    lastEdited: 'end',
  };
}

/** A stored entry's values, on the wall clock of the zone it was tracked in. */
export function entryFormValues(entry: TimeEntry): EntryFormValues {
  return {
    projectId: entry.projectId,
    date: localDayKey(entry.start, entry.timeZone),
    start: wallClock(entry.start, entry.timeZone, 'HH:mm'),
    end: entry.end === null ? '' : wallClock(entry.end, entry.timeZone, 'HH:mm'),
    duration: entry.end === null ? '' : durationFieldText(entry.end - entry.start),
    description: entry.description,
    billable: entry.billable,
    tags: entry.tags.join(', '),
    lastEdited: 'end',
  };
}

function startInstant(values: EntryFormValues, timeZone: string): number | undefined {
  if (!DATE.test(values.date) || !TIME_OF_DAY.test(values.start)) return undefined;
  try {
    return zonedInstant(values.date, values.start, timeZone);
  } catch {
    return undefined;
  }
}

/**
 * The instant an end time means: on the start's day, or the next day when it is not after the start (22:00 to 01:30
 * is a late night, not a negative entry).
 */
function endInstant(values: EntryFormValues, start: number, timeZone: string): number | undefined {
  if (!TIME_OF_DAY.test(values.end)) return undefined;
  const sameDay = zonedInstant(values.date, values.end, timeZone);
  return sameDay > start ? sameDay : zonedInstant(addLocalDays(values.date, 1), values.end, timeZone);
}

/** Whether the end time as typed falls on the day after the start. */
export function endsNextDay(values: EntryFormValues, timeZone: string): boolean {
  const start = startInstant(values, timeZone);
  if (start === undefined) return false;
  const end = endInstant(values, start, timeZone);
  return end !== undefined && localDayKey(end, timeZone) !== values.date;
}

/** After End changes: the Duration field follows it, when both times can be read. */
export function withEnd(values: EntryFormValues, end: string, timeZone: string): EntryFormValues {
  const next: EntryFormValues = { ...values, end, lastEdited: 'end' };
  const start = startInstant(next, timeZone);
  const endAt = start === undefined ? undefined : endInstant(next, start, timeZone);
  return start === undefined || endAt === undefined ? next : { ...next, duration: durationFieldText(endAt - start) };
}

/** After Duration changes: the End field follows it, when the duration can be read. */
export function withDuration(values: EntryFormValues, duration: string, timeZone: string): EntryFormValues {
  const next: EntryFormValues = { ...values, duration, lastEdited: 'duration' };
  const start = startInstant(next, timeZone);
  const parsed = parseDurationInput(duration);
  return start === undefined || !parsed.ok ? next : { ...next, end: wallClock(start + parsed.ms, timeZone, 'HH:mm') };
}

/** After Start changes: whichever of End and Duration was typed last stays, the other follows. */
export function withStart(values: EntryFormValues, start: string, timeZone: string): EntryFormValues {
  const next = { ...values, start };
  if (next.end === '' && next.duration === '') return next;
  return next.lastEdited === 'duration' ? withDuration(next, next.duration, timeZone) : withEnd(next, next.end, timeZone);
}

/**
 * Reads the form. Every problem is reported under its field, so the dialog can show them all at once and save
 * nothing. A running entry (`running`) may leave End and Duration empty to keep running.
 */
export function readEntryForm(values: EntryFormValues, timeZone: string, running = false): { ok: true; value: EntryFormResult } | { ok: false; errors: EntryFormErrors } {
  const errors: EntryFormErrors = {};
  if (values.projectId === '') errors.projectId = 'Choose a project';
  if (!DATE.test(values.date)) errors.date = 'Enter the date the work was done';
  if (!TIME_OF_DAY.test(values.start)) errors.start = 'Enter a start time, like 09:00';
  const tags = parseTags(values.tags);
  const longTag = tags.find((tag) => tag.length > MAX_TAG_LENGTH);
  if (longTag !== undefined) errors.tags = `Tags are at most ${MAX_TAG_LENGTH} characters; “${longTag.slice(0, 20)}…” is longer`;
  if (values.description.length > 2000) errors.description = 'At most 2000 characters';

  const start = errors.date === undefined && errors.start === undefined ? startInstant(values, timeZone) : undefined;
  if (start === undefined && errors.date === undefined && errors.start === undefined) errors.start = 'This start time does not exist on that day';

  let end: number | null = null;
  const keepsRunning = running && values.end.trim() === '' && values.duration.trim() === '';
  if (!keepsRunning) {
    if (values.lastEdited === 'duration') {
      const parsed = parseDurationInput(values.duration);
      if (!parsed.ok) errors.duration = parsed.error;
      else if (start !== undefined) end = start + parsed.ms;
    } else if (!TIME_OF_DAY.test(values.end)) {
      errors.end = values.end.trim() === '' ? 'Enter an end time, or a duration instead' : 'Enter an end time, like 17:30';
    } else if (start !== undefined) {
      end = endInstant(values, start, timeZone) ?? null;
    }
  }

  if (Object.keys(errors).length > 0 || start === undefined) return { ok: false, errors };
  return { ok: true, value: { projectId: values.projectId, start, end, description: values.description.trim(), billable: values.billable, tags } };
}
