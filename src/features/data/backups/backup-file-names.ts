import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

/** "Repute backup 2026-11-28.json": the day in the user's zone, so a file made late at night is named for that day. */
export function backupFileName(at: number, timeZone: string): string {
  return `Repute backup ${format(new TZDate(at, timeZone), 'yyyy-MM-dd')}.json`;
}

/**
 * "Repute safety backup 2026-11-28 14-05.json": the copy of the data a restore is about to replace. The time is in
 * the name because a safety copy and that day's backup must not be taken for one another; hyphens, since a colon
 * is not allowed in file names everywhere.
 */
export function safetyBackupFileName(at: number, timeZone: string): string {
  return `Repute safety backup ${format(new TZDate(at, timeZone), 'yyyy-MM-dd HH-mm')}.json`;
}
