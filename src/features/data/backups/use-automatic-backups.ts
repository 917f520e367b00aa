import { useCallback, useEffect, useState } from 'react';
import { host } from '../../../platform';

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
