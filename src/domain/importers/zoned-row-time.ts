import { zonedInstant } from '../time/zoned-instant';
import { parseExportDate, parseExportTime } from './field-parsers';

function hhmm(secondsOfDay: number): string {
  const hours = Math.floor(secondsOfDay / 3600);
  const minutes = Math.floor((secondsOfDay % 3600) / 60);
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** The instant a local date and time (with seconds) happened in the export's zone. */
export function instantInZone(day: string, secondsOfDay: number, timeZone: string): number {
  return zonedInstant(day, hhmm(secondsOfDay), timeZone) + (secondsOfDay % 60) * 1000;
}

/** A date cell and a time cell read together as one instant, or the message naming which of them is wrong. */
export function parseDateAndTime(
  dateText: string,
  timeText: string,
  dateOrder: 'DMY' | 'MDY',
  timeZone: string,
): { ok: true; value: { day: string; instant: number } } | { ok: false; message: string; part: 'date' | 'time' } {
  const day = parseExportDate(dateText, dateOrder);
  if (!day.ok) return { ...day, part: 'date' };
  const time = parseExportTime(timeText);
  if (!time.ok) return { ...time, part: 'time' };
  return { ok: true, value: { day: day.value, instant: instantInZone(day.value, time.value, timeZone) } };
}
