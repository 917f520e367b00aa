import { useEffect, useState } from 'react';
import type { AppInfo } from '../../platform/contract';
import { host } from '../../platform';

export type AppInfoState = { status: 'loading' } | { status: 'ready'; info: AppInfo } | { status: 'failed'; message: string };

/** Name, version and data location as the host reports them. */
export function useAppInfo(): AppInfoState {
  const [state, setState] = useState<AppInfoState>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    host
      .getAppInfo()
      .then((info) => {
        if (current) setState({ status: 'ready', info });
      })
      .catch((error: unknown) => {
        if (current) setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
      });
    return () => {
      current = false;
    };
  }, []);
  return state;
}
