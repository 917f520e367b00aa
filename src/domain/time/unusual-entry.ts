import { startOfLocalDay } from './zoned-instant';

/** The longest entry taken without asking: a day. Longer is nearly always a slip of the keyboard ("99h" for "9h"). */
export const LONGEST_USUAL_ENTRY_MS = 24 * 3_600_000;

/** What makes an entry worth a second look before it is saved. */
export interface UnusualEntry {
  /** Longer than LONGEST_USUAL_ENTRY_MS. */
  tooLong: boolean;
  /** Ends after now: tracked time is time already spent. */
  endsInFuture: boolean;
  durationMs: number;
}

/**
 * What is unusual about an entry from `start` to `end`, or null when nothing is. A running entry (no end yet) is
 * never unusual here: its length is the timer's business.
 */
export function unusualEntry(start: number, end: number | null, now: number): UnusualEntry | null {
  if (end === null) return null;
  const durationMs = end - start;
  const tooLong = durationMs > LONGEST_USUAL_ENTRY_MS;
  const endsInFuture = end > now;
  return tooLong || endsInFuture ? { tooLong, endsInFuture, durationMs } : null;
}

/**
 * Whether giving a local day `targetMs` of time must put some of it after now: more time than has passed in that day
 * so far (all of it, for a day that has not begun) cannot all lie in the past.
 */
export function dayTimeEndsInFuture(day: string, timeZone: string, targetMs: number, now: number): boolean {
  const passed = Math.max(0, now - startOfLocalDay(day, timeZone));
  return targetMs > passed;
}
