import { useCallback, useContext, useEffect, useState } from 'react';
import { db } from '../../../db';
import { host } from '../../../platform';
import { SettingsContext } from '../../../shared/settings-context';
import { AUTOMATIC_BACKUP_CHECK_INTERVAL_MS, isAutomaticBackupDue } from './automatic-backup-schedule';

export interface AutomaticBackupFile {
  fileName: string;
  at: number;
  bytes: number;
}

export type AutomaticBackupsState = { status: 'loading' } | { status: 'ready'; backups: AutomaticBackupFile[] } | { status: 'failed'; message: string };

/** The desktop's automatic backups, newest first, with a way to read the list again after a write. */
export function useAutomaticBackups(onDesktop: boolean): { state: AutomaticBackupsState; refresh: () => void } {
  const [state, setState] = useState<AutomaticBackupsState>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (!onDesktop) return;
    let current = true;
    host
      .listAutomaticBackups()
      .then((backups) => {
        if (current) setState({ status: 'ready', backups: [...backups].sort((a, b) => b.at - a.at) });
      })
      .catch((error: unknown) => {
        if (current) setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
      });
    return () => {
      current = false;
    };
  }, [onDesktop, generation]);

  const refresh = useCallback(() => setGeneration((value) => value + 1), []);
  return { state, refresh };
}

/** A moment after start, so the first backup never competes with the first screen for the database. */
const FIRST_CHECK_DELAY_MS = 30_000;

async function backUpIfDue(timeZone: string): Promise<void> {
  const backups = await host.listAutomaticBackups();
  const now = Date.now();
  if (!isAutomaticBackupDue(backups, now, timeZone)) return;
  // Loaded on demand: the backup code stays out of the first screen's bundle.
  const { exportBackup } = await import('../../../db/backup');
  const blob = await exportBackup(db);
  await host.writeAutomaticBackup({ content: await blob.text(), at: now });
}

/**
 * Makes the desktop app's daily backup: shortly after start, then every hour while the app stays open, writing one
 * when today has none yet. The browser has no folder to keep them in, so there it does nothing.
 */
export function useAutomaticBackupSchedule(): void {
  const timeZone = useContext(SettingsContext)?.timeZone;

  useEffect(() => {
    if (timeZone === undefined) return;
    let stopped = false;
    let timer: number | undefined;
    const check = () => {
      backUpIfDue(timeZone)
        .catch((error: unknown) => console.error('The automatic backup failed', error))
        .finally(() => {
          if (!stopped) timer = window.setTimeout(check, AUTOMATIC_BACKUP_CHECK_INTERVAL_MS);
        });
    };
    host
      .getAppInfo()
      .then((info) => {
        if (!stopped && info.host === 'electron') timer = window.setTimeout(check, FIRST_CHECK_DELAY_MS);
      })
      .catch((error: unknown) => console.error('The app could not tell where it runs, so no automatic backup is scheduled', error));
    return () => {
      stopped = true;
      window.clearTimeout(timer);
    };
  }, [timeZone]);
}
