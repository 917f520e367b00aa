import { useAutomaticBackupSchedule } from './use-automatic-backups';

/** Takes the desktop app's daily backups while the app is open (see useAutomaticBackupSchedule). Renders nothing. */
export function AutomaticBackupScheduler() {
  useAutomaticBackupSchedule();
  return null;
}
