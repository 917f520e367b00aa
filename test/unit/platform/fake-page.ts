import type { ActivityPage } from '../../../src/platform/web-activity';

/** A page with a hand-driven clock: `advance` runs the timers that come due, in order, as a real page would. */
export function fakePage(startAt = 0) {
  let now = startAt;
  let hidden = false;
  let nextHandle = 1;
  const timers = new Map<number, { due: number; callback: () => void }>();
  const inputListeners = new Set<() => void>();
  const visibilityListeners = new Set<() => void>();

  const page: ActivityPage = {
    now: () => now,
    isHidden: () => hidden,
    onInput: (listener) => {
      inputListeners.add(listener);
      return () => inputListeners.delete(listener);
    },
    onVisibilityChange: (listener) => {
      visibilityListeners.add(listener);
      return () => visibilityListeners.delete(listener);
    },
    setTimer: (callback, delayMs) => {
      const handle = nextHandle++;
      timers.set(handle, { due: now + delayMs, callback });
      return handle;
    },
    clearTimer: (handle) => {
      timers.delete(handle);
    },
  };

  function advance(ms: number): void {
    const until = now + ms;
    for (;;) {
      const next = [...timers.entries()].filter(([, timer]) => timer.due <= until).sort(([, a], [, b]) => a.due - b.due)[0];
      if (next === undefined) break;
      const [handle, timer] = next;
      timers.delete(handle);
      now = timer.due;
      timer.callback();
    }
    now = until;
  }

  return {
    page,
    advance,
    input: () => {
      for (const listener of inputListeners) listener();
    },
    setHidden: (value: boolean) => {
      hidden = value;
      for (const listener of visibilityListeners) listener();
    },
    pendingTimers: () => timers.size,
    listenerCount: () => inputListeners.size + visibilityListeners.size,
  };
}
