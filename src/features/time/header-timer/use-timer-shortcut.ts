import { useEffect } from 'react';
import { host } from '../../../platform';
import type { Announce } from '../../../ui/Announcer';

/**
 * Registers the global start/stop shortcut from Settings whenever it changes. A refusal (taken by another app, or a
 * browser that has none) is said once for the desktop app; in a browser the timer button and palette do the job.
 */
export function useTimerShortcut(accelerator: string | undefined, announce: Announce): void {
  useEffect(() => {
    if (accelerator === undefined) return;
    let cancelled = false;
    void Promise.all([host.setTimerShortcut(accelerator), host.getAppInfo()])
      .then(([result, info]) => {
        if (cancelled || result.ok || info.host !== 'electron') return;
        announce(`The timer shortcut ${accelerator} is not available: ${result.error}`, 'danger');
      })
      .catch((error: unknown) => console.warn('The timer shortcut could not be registered', error));
    return () => {
      cancelled = true;
    };
  }, [accelerator, announce]);
}
