import { localDayKey } from '../time';

/** Today's local day key; the screen's queries key on it, so they rerun once a day rather than every tick. */
export function todayKey(now: number, timeZone: string): string {
  return localDayKey(now, timeZone);
}

interface Span {
  start: number;
  /** null while the timer runs: counts up to `now`. */
  end: number | null;
}

/** Real elapsed time of the spans that falls inside `[from, to)`; a running span ends at `now`. */
export function trackedMsWithin(spans: readonly Span[], from: number, to: number, now: number): number {
  let total = 0;
  for (const span of spans) {
    const start = Math.max(span.start, from);
    const end = Math.min(span.end ?? now, to);
    if (end > start) total += end - start;
  }
  return total;
}
