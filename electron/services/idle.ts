import type { SystemActivityEvent } from '../../src/platform/contract';

type PowerEventListener = () => void;
type PowerEventName = 'suspend' | 'resume' | 'lock-screen' | 'unlock-screen';

/** The parts of Electron's powerMonitor the watcher uses; the real one satisfies it, tests pass a fake. */
export interface PowerSource {
  /** Seconds since the last keyboard or mouse input anywhere on the system. */
  getSystemIdleTime(): number;
  on(event: PowerEventName, listener: PowerEventListener): unknown;
  removeListener(event: PowerEventName, listener: PowerEventListener): unknown;
}

export interface IntervalClock<Handle> {
  now(): number;
  setInterval(callback: () => void, ms: number): Handle;
  clearInterval(handle: Handle): void;
}

export interface IdleWatcher {
  /** Starts watching with this threshold, or changes the threshold of the watch already running. */
  start(thresholdMinutes: number): void;
  stop(): void;
}

/** How often the system idle time is read: often enough that a return is noticed within seconds. */
export const IDLE_POLL_MS = 5000;

/**
 * Watches the machine for its user's absence: the system idle time is polled every IDLE_POLL_MS, and crossing the
 * threshold is reported once as `idle` (back-dated to the last input), falling below it once as `active` (dated to
 * the new input); sleep and screen lock are reported as they happen. A plain module: it takes powerMonitor, a clock
 * and a callback, so it runs under test without Electron.
 */
export function createIdleWatcher<Handle>(power: PowerSource, clock: IntervalClock<Handle>, emit: (event: SystemActivityEvent) => void): IdleWatcher {
  let thresholdSeconds = 0;
  let poll: Handle | null = null;
  let idle = false;

  const check = () => {
    const idleSeconds = power.getSystemIdleTime();
    const lastInputAt = clock.now() - idleSeconds * 1000;
    if (!idle && idleSeconds >= thresholdSeconds) {
      idle = true;
      emit({ kind: 'idle', since: lastInputAt });
    } else if (idle && idleSeconds < thresholdSeconds) {
      idle = false;
      emit({ kind: 'active', at: lastInputAt });
    }
  };
  const onSuspend = () => emit({ kind: 'suspend', at: clock.now() });
  const onResume = () => emit({ kind: 'resume', at: clock.now() });
  const onLock = () => emit({ kind: 'lock', at: clock.now() });
  const onUnlock = () => emit({ kind: 'unlock', at: clock.now() });

  return {
    start(thresholdMinutes) {
      thresholdSeconds = Math.max(1, thresholdMinutes) * 60;
      if (poll !== null) return;
      idle = false;
      poll = clock.setInterval(check, IDLE_POLL_MS);
      power.on('suspend', onSuspend);
      power.on('resume', onResume);
      power.on('lock-screen', onLock);
      power.on('unlock-screen', onUnlock);
    },
    stop() {
      if (poll === null) return;
      clock.clearInterval(poll);
      poll = null;
      power.removeListener('suspend', onSuspend);
      power.removeListener('resume', onResume);
      power.removeListener('lock-screen', onLock);
      power.removeListener('unlock-screen', onUnlock);
    },
  };
}
