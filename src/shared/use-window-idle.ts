import { useEffect, useState } from 'react';

/**
 * False until the window is first idle after mounting, true from then on; `latestMs` bounds the wait in a window that
 * stays busy. Work nobody sees when the window opens (the idle watch, the tray, reminders, scheduled backups) waits
 * for it, so the first screen's reads and drawing go first.
 */
export function useWindowIdle(latestMs: number): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    const handle = requestIdleCallback(() => setIdle(true), { timeout: latestMs });
    return () => cancelIdleCallback(handle);
  }, [latestMs]);
  return idle;
}
