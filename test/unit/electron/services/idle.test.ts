import { describe, expect, it } from 'vitest';
import { createIdleWatcher, IDLE_POLL_MS, type PowerSource } from '../../../../electron/services/idle';
import type { SystemActivityEvent } from '../../../../src/platform/contract';

const START = Date.UTC(2026, 2, 2, 8, 0);

function fakeMachine() {
  let now = START;
  let idleSeconds = 0;
  const listeners = new Map<string, Set<() => void>>();
  const intervals = new Map<number, { every: number; next: number; callback: () => void }>();
  let nextHandle = 1;
  const power: PowerSource = {
    getSystemIdleTime: () => idleSeconds,
    on: (event, listener) => {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
    },
    removeListener: (event, listener) => {
      listeners.get(event)?.delete(listener);
    },
  };
  const clock = {
    now: () => now,
    setInterval: (callback: () => void, every: number) => {
      const handle = nextHandle++;
      intervals.set(handle, { every, next: now + every, callback });
      return handle;
    },
    clearInterval: (handle: number) => {
      intervals.delete(handle);
    },
  };
  /** Lets `ms` pass; the user's idle seconds grow unless they type. */
  const pass = (ms: number, userActive = false) => {
    const until = now + ms;
    while (now < until) {
      const due = [...intervals.values()].filter((interval) => interval.next <= until).sort((a, b) => a.next - b.next)[0];
      const step = due === undefined ? until : due.next;
      if (!userActive) idleSeconds += Math.floor((step - now) / 1000);
      now = step;
      if (due !== undefined) {
        due.next += due.every;
        due.callback();
      }
    }
  };
  const fire = (event: string) => {
    for (const listener of listeners.get(event) ?? []) listener();
  };
  const type = () => {
    idleSeconds = 0;
  };
  return { power, clock, pass, fire, type, intervals, listeners, at: () => now };
}

function watch(thresholdMinutes = 10) {
  const machine = fakeMachine();
  const events: SystemActivityEvent[] = [];
  const watcher = createIdleWatcher(machine.power, machine.clock, (event) => events.push(event));
  watcher.start(thresholdMinutes);
  return { ...machine, events, watcher };
}

describe('createIdleWatcher', () => {
  it('polls every five seconds', () => {
    const { intervals } = watch();
    expect([...intervals.values()].map((interval) => interval.every)).toEqual([IDLE_POLL_MS]);
  });

  it('reports crossing the threshold once, back-dated to the last input', () => {
    const { pass, events } = watch(10);
    pass(9 * 60_000);
    expect(events).toEqual([]);
    pass(60_000);
    expect(events).toEqual([{ kind: 'idle', since: START }]);
    pass(30 * 60_000);
    expect(events).toHaveLength(1);
  });

  it('reports the return once, dated to the new input, and then watches again', () => {
    const { pass, type, events, at } = watch(10);
    pass(15 * 60_000 + 2000);
    type();
    const typedAt = at();
    pass(IDLE_POLL_MS);
    pass(IDLE_POLL_MS);
    expect(events).toEqual([
      { kind: 'idle', since: START },
      { kind: 'active', at: typedAt },
    ]);
    pass(10 * 60_000);
    expect(events.at(-1)?.kind).toBe('idle');
    expect(events).toHaveLength(3);
  });

  it('reports sleep, wake, lock and unlock as they happen', () => {
    const { fire, pass, events } = watch();
    fire('lock-screen');
    pass(1000, true);
    fire('suspend');
    pass(60_000, true);
    fire('resume');
    fire('unlock-screen');
    expect(events).toEqual([
      { kind: 'lock', at: START },
      { kind: 'suspend', at: START + 1000 },
      { kind: 'resume', at: START + 61_000 },
      { kind: 'unlock', at: START + 61_000 },
    ]);
  });

  it('changes the threshold of a running watch without a second poll', () => {
    const { watcher, pass, events, intervals, listeners } = watch(10);
    watcher.start(5);
    expect(intervals.size).toBe(1);
    expect(listeners.get('suspend')?.size).toBe(1);
    pass(5 * 60_000);
    expect(events).toEqual([{ kind: 'idle', since: START }]);
  });

  it('stops polling and listening when stopped', () => {
    const { watcher, pass, fire, events, intervals, listeners } = watch(1);
    watcher.stop();
    pass(10 * 60_000);
    fire('suspend');
    expect(events).toEqual([]);
    expect(intervals.size).toBe(0);
    expect([...listeners.values()].every((set) => set.size === 0)).toBe(true);
  });
});
