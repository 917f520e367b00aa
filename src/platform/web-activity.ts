import type { SystemActivityEvent, Unsubscribe } from './contract';

/** The parts of a browser page the watcher reads, so tests can drive it with a fake page and a fake clock. */
export interface ActivityPage {
  now(): number;
  isHidden(): boolean;
  /** Calls `listener` on every kind of user input the page can see; returns how to stop. */
  onInput(listener: () => void): Unsubscribe;
  onVisibilityChange(listener: () => void): Unsubscribe;
  setTimer(callback: () => void, delayMs: number): number;
  clearTimer(handle: number): void;
}

const INPUT_EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;

/** The real page: input anywhere in the window, the document's visibility, and the window's timers. */
export function browserActivityPage(): ActivityPage {
  return {
    now: () => Date.now(),
    isHidden: () => document.visibilityState === 'hidden',
    onInput: (listener) => {
      const options = { capture: true, passive: true };
      for (const type of INPUT_EVENTS) window.addEventListener(type, listener, options);
      return () => {
        for (const type of INPUT_EVENTS) window.removeEventListener(type, listener, options);
      };
    },
    onVisibilityChange: (listener) => {
      document.addEventListener('visibilitychange', listener);
      return () => document.removeEventListener('visibilitychange', listener);
    },
    setTimer: (callback, delayMs) => window.setTimeout(callback, delayMs),
    clearTimer: (handle) => window.clearTimeout(handle),
  };
}

const MS_PER_MINUTE = 60_000;

/**
 * The browser's stand-in for the system's idle time: no keyboard or pointer input in the page for the threshold is
 * `idle` (since the last input), and the next input is `active`. A page the user cannot see is treated as a locked
 * screen: hiding it is `lock` at that moment, showing it again is `unlock`. One timer waits for the threshold after
 * the last input; input itself only records the time, so a moving mouse costs nothing.
 */
export function watchPageActivity(page: ActivityPage, thresholdMinutes: number, listener: (event: SystemActivityEvent) => void): Unsubscribe {
  const thresholdMs = Math.max(1, thresholdMinutes) * MS_PER_MINUTE;
  let lastInputAt = page.now();
  let idle = false;
  let hidden = page.isHidden();
  let timer: number | null = null;

  const schedule = () => {
    if (timer !== null) page.clearTimer(timer);
    timer = hidden || idle ? null : page.setTimer(check, Math.max(0, lastInputAt + thresholdMs - page.now()));
  };
  const check = () => {
    timer = null;
    if (hidden || idle) return;
    if (page.now() - lastInputAt >= thresholdMs) {
      idle = true;
      listener({ kind: 'idle', since: lastInputAt });
      return;
    }
    schedule();
  };
  const onInput = () => {
    lastInputAt = page.now();
    if (idle) {
      idle = false;
      listener({ kind: 'active', at: lastInputAt });
      schedule();
    } else if (timer === null && !hidden) {
      schedule();
    }
  };
  const onVisibility = () => {
    const nowHidden = page.isHidden();
    if (nowHidden === hidden) return;
    hidden = nowHidden;
    const at = page.now();
    if (hidden) {
      listener({ kind: 'lock', at });
    } else {
      // Coming back to the page is input, as unlocking a screen is.
      lastInputAt = at;
      idle = false;
      listener({ kind: 'unlock', at });
    }
    schedule();
  };

  const stopInput = page.onInput(onInput);
  const stopVisibility = page.onVisibilityChange(onVisibility);
  schedule();
  return () => {
    stopInput();
    stopVisibility();
    if (timer !== null) page.clearTimer(timer);
    timer = null;
  };
}
