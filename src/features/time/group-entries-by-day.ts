import type { TimeEntry } from '../../domain/model';
import { splitEntryAtLocalMidnight } from '../../domain/time';

/** One entry, or the part of it that fell on one local day. */
export interface DayEntryRow {
  /** Unique per row: an entry crossing midnight shows once under each day it touched. */
  key: string;
  entry: TimeEntry;
  start: number;
  end: number;
  running: boolean;
  /** Part of an entry that crossed midnight. */
  continued: boolean;
  durationMs: number;
}

export interface EntriesOfDay {
  /** Local calendar day, `YYYY-MM-DD`, in the zone each entry was tracked in. */
  day: string;
  totalMs: number;
  rows: DayEntryRow[];
}

/**
 * Groups entries under the local days they cover, newest day first and newest row first inside a day. An entry
 * that crosses midnight is split for display only, so each day's total is the time actually worked on it. A day
 * follows the zone the entry was tracked in, so travelling later does not move past work between days. The running
 * entry counts up to `now`.
 */
export function groupEntriesByDay(entries: readonly TimeEntry[], now: number): EntriesOfDay[] {
  const days = new Map<string, EntriesOfDay>();
  for (const entry of entries) {
    const running = entry.end === null;
    const end = entry.end ?? Math.max(now, entry.start);
    const parts = splitEntryAtLocalMidnight(entry.start, end, entry.timeZone);
    for (const part of parts) {
      const day = days.get(part.day) ?? { day: part.day, totalMs: 0, rows: [] };
      const durationMs = part.end - part.start;
      day.rows.push({ key: `${entry.id}|${part.day}`, entry, start: part.start, end: part.end, running, continued: parts.length > 1, durationMs });
      day.totalMs += durationMs;
      days.set(part.day, day);
    }
  }
  const grouped = [...days.values()].sort((a, b) => compareDesc(a.day, b.day));
  for (const day of grouped) day.rows.sort((a, b) => b.start - a.start);
  return grouped;
}

function compareDesc(a: string, b: string): number {
  return a < b ? 1 : a > b ? -1 : 0;
}
