import { TZDate } from '@date-fns/tz';
import { differenceInCalendarDays, format } from 'date-fns';

/** How often the desktop app looks again whether today's backup is written: a window may stay open for days. */
export const AUTOMATIC_BACKUP_CHECK_INTERVAL_MS = 60 * 60 * 1000;

function localDay(at: number, timeZone: string): string {
  return format(new TZDate(at, timeZone), 'yyyy-MM-dd');
}

/** Whether the day's automatic backup is still to be made: none of the listed backups is from today in `timeZone`. */
export function isAutomaticBackupDue(backups: ReadonlyArray<{ at: number }>, now: number, timeZone: string): boolean {
  const today = localDay(now, timeZone);
  return !backups.some((backup) => localDay(backup.at, timeZone) === today);
}

export type AutomaticBackupKind = 'daily' | 'weekly' | 'monthly';

const DAILY_KEPT_DAYS = 7;
const WEEKLY_KEPT_DAYS = DAILY_KEPT_DAYS + 4 * 7;

/**
 * Which tier of the retention (7 daily, 4 weekly, 12 monthly) a kept backup belongs to, judged by how many local days
 * old it is: the last week's are daily, the four weeks before that weekly, older ones monthly. It labels the list;
 * what is deleted is the desktop side's decision.
 */
export function automaticBackupKind(at: number, now: number, timeZone: string): AutomaticBackupKind {
  const ageInDays = differenceInCalendarDays(new TZDate(now, timeZone), new TZDate(at, timeZone));
  if (ageInDays < DAILY_KEPT_DAYS) return 'daily';
  if (ageInDays < WEEKLY_KEPT_DAYS) return 'weekly';
  return 'monthly';
}
