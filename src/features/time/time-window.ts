import { addLocalDays, localDayKey, startOfLocalDay } from '../../domain/time';

/** The instant span `[from, to)` covering today and the `days - 1` local days before it. */
export function recentDaysRange(today: string, timeZone: string, days: number): { from: number; to: number } {
  return { from: startOfLocalDay(addLocalDays(today, 1 - days), timeZone), to: startOfLocalDay(addLocalDays(today, 1), timeZone) };
}

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
