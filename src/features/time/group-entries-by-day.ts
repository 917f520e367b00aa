import type { TimeEntry } from '../../domain/model';
import { splitEntryAtLocalMidnight, zoneOffsetMs, type LocalDayPart } from '../../domain/time';

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

/** The local day of an instant from the zone's offset: the same answer as localDayKey, without formatting a date. */
function localDay(instant: number, timeZone: string): string {
  return new Date(instant + zoneOffsetMs(instant, timeZone)).toISOString().slice(0, 10);
}

/** Stopped entries split the same way every time; a long list is regrouped on every clock tick, so keep the answers. */
const splitCache = new Map<string, LocalDayPart[]>();
const SPLIT_CACHE_LIMIT = 50_000;

/**
 * The parts of an entry per local day. Most entries start and end on one day, which two offset lookups settle; only
 * the rest go through the midnight split. Years outside 0–9999 keep to the general path.
 */
function dayParts(start: number, end: number, timeZone: string): LocalDayPart[] {
  const key = `${start}|${end}|${timeZone}`;
  const cached = splitCache.get(key);
  if (cached !== undefined) return cached;
  const day = localDay(start, timeZone);
  const parts = day === localDay(Math.max(start, end - 1), timeZone) && day.length === 10 ? [{ day, start, end }] : splitEntryAtLocalMidnight(start, end, timeZone);
  if (splitCache.size >= SPLIT_CACHE_LIMIT) splitCache.clear();
  splitCache.set(key, parts);
  return parts;
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
    const parts = dayParts(entry.start, end, entry.timeZone);
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
