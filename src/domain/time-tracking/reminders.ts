import { TZDate } from '@date-fns/tz';
import type { SettingsInput } from '../model/settings';

const MS_PER_MINUTE = 60_000;
const MS_PER_HOUR = 60 * MS_PER_MINUTE;
/** How often "start tracking" repeats while working hours pass with no timer: a nudge, not a nag. */
export const TRACK_REMINDER_INTERVAL_MS = 30 * MS_PER_MINUTE;

export type ReminderKind = 'startTracking' | 'longTimer';

export interface ReminderCheck {
  now: number;
  /** The zone whose wall clock the working hours are in. */
  timeZone: string;
  schedule: SettingsInput['reminders'];
  running: { start: number } | null;
  lastTrackReminderAt: number | null;
  lastLongTimerReminderAt: number | null;
}

function isWorkingTime(now: number, timeZone: string, schedule: SettingsInput['reminders']): boolean {
  const local = new TZDate(now, timeZone);
  const minute = local.getHours() * 60 + local.getMinutes();
  return schedule.days.includes(local.getDay()) && minute >= schedule.startMinute && minute < schedule.endMinute;
}

/**
 * Which reminder, if any, is due now. Both are off unless the schedule is enabled.
 *
 * - longTimer: a timer has run for `longTimerHours`; it repeats every `longTimerHours` while the timer keeps
 *   running (a reminder from before this timer started does not count), at any hour, because a forgotten timer
 *   piles up time whether or not it is a working day.
 * - startTracking: no timer runs during working hours (local days and minutes, end exclusive); it repeats every
 *   TRACK_REMINDER_INTERVAL_MS.
 */
export function reminderDue(input: ReminderCheck): ReminderKind | null {
  const { now, timeZone, schedule, running } = input;
  if (!schedule.enabled) return null;
  if (running !== null) {
    const longAfter = schedule.longTimerHours * MS_PER_HOUR;
    if (now - running.start < longAfter) return null;
    const last = input.lastLongTimerReminderAt;
    if (last === null || last < running.start) return 'longTimer';
    return now - last >= longAfter ? 'longTimer' : null;
  }
  if (!isWorkingTime(now, timeZone, schedule)) return null;
  const last = input.lastTrackReminderAt;
  return last === null || now - last >= TRACK_REMINDER_INTERVAL_MS ? 'startTracking' : null;
}
