import { elapsedMs } from './elapsed';
import { addLocalDays, localDayKey } from './local-calendar';
import { startOfLocalDay } from './zoned-instant';

export interface LocalDayPart {
  /** The local day this part falls on, `YYYY-MM-DD`. */
  day: string;
  start: number;
  end: number;
}

/**
 * Splits an entry at each local midnight it crosses, for showing it under the days it touched; stored entries are
 * never split. The parts are contiguous, so their lengths sum to the entry's real duration, whether a day it crosses
 * is 24, 23 or 25 hours long. An entry of zero length yields one empty part on its day.
 */
export function splitEntryAtLocalMidnight(start: number, end: number, timeZone: string): LocalDayPart[] {
  elapsedMs(start, end);
  const parts: LocalDayPart[] = [];
  let partStart = start;
  for (;;) {
    const day = localDayKey(partStart, timeZone);
    const nextDayStart = startOfLocalDay(addLocalDays(day, 1), timeZone);
    if (nextDayStart >= end) {
      parts.push({ day, start: partStart, end });
      return parts;
    }
    parts.push({ day, start: partStart, end: nextDayStart });
    partStart = nextDayStart;
  }
}
