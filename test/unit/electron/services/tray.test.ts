import { describe, expect, it } from 'vitest';
import {
  createTrayController,
  formatTrayElapsed,
  trayMenuTemplate,
  trayTitle,
  trayToolTip,
  type TrayHandle,
  type TrayMenuEntry,
} from '../../../../electron/services/tray';
import type { TimerCommand, TrayState } from '../../../../src/platform/contract';

const MINUTE = 60_000;
const START = Date.UTC(2026, 2, 2, 8, 0);

const running: TrayState = {
  running: { projectName: 'Site audit', clientName: 'Northwind', start: START },
  recentProjects: [
    { id: 'p1', label: 'Site audit — Northwind' },
    { id: 'p2', label: 'Brand refresh — Estudio Marea' },
  ],
};
const stopped: TrayState = { running: null, recentProjects: running.recentProjects };

function recordingActions() {
  const sent: TimerCommand[] = [];
  let shown = 0;
  return { sent, shown: () => shown, actions: { send: (command: TimerCommand) => sent.push(command), showApp: () => (shown += 1) } };
}

describe('tray text', () => {
  it('writes elapsed time in whole minutes, never ahead of the timer', () => {
    expect(formatTrayElapsed(0)).toBe('0:00');
    expect(formatTrayElapsed(7 * MINUTE + 59_999)).toBe('0:07');
    expect(formatTrayElapsed(165 * MINUTE)).toBe('2:45');
    expect(formatTrayElapsed(26 * 60 * MINUTE + 3 * MINUTE)).toBe('26:03');
  });

  it('titles the running project and its elapsed time, and nothing while idle', () => {
    expect(trayTitle(running, START + 83 * MINUTE)).toBe('Site audit · 1:23');
    expect(trayTitle(stopped, START)).toBe('');
    expect(trayToolTip(running, START + 83 * MINUTE)).toBe('Repute: Site audit for Northwind, 1:23');
    expect(trayToolTip(stopped, START)).toBe('Repute: no timer running');
  });
});

describe('trayMenuTemplate', () => {
  function labels(template: TrayMenuEntry[]) {
    return template.map((entry) => (entry.type === 'separator' ? '---' : `${entry.label ?? entry.role}${entry.enabled === false ? ' (off)' : ''}`));
  }

  it('offers stop and switching while a timer runs', () => {
    const { actions, sent } = recordingActions();
    const template = trayMenuTemplate(running, START + 5 * MINUTE, actions);
    expect(labels(template)).toEqual(['Site audit · 0:05 (off)', '---', 'Stop timer', 'Start last entry again (off)', 'Switch to', '---', 'Open Repute', 'Quit Repute']);
    template[2]?.click?.();
    template[4]?.submenu?.[1]?.click?.();
    expect(sent).toEqual([{ kind: 'stop' }, { kind: 'switchTo', projectId: 'p2' }]);
    expect(template[4]?.submenu?.map((entry) => entry.label)).toEqual(['Site audit — Northwind', 'Brand refresh — Estudio Marea']);
  });

  it('offers restarting the last entry or starting on a recent project while idle', () => {
    const { actions, sent, shown } = recordingActions();
    const template = trayMenuTemplate(stopped, START, actions);
    expect(labels(template)).toEqual(['No timer running (off)', '---', 'Stop timer (off)', 'Start last entry again', 'Start timer on', '---', 'Open Repute', 'Quit Repute']);
    template[3]?.click?.();
    template[6]?.click?.();
    expect(sent).toEqual([{ kind: 'restartLast' }]);
    expect(shown()).toBe(1);
    expect(template[7]).toMatchObject({ role: 'quit' });
  });

  it('disables the project list when there are no recent projects', () => {
    const template = trayMenuTemplate({ running: null, recentProjects: [] }, START, recordingActions().actions);
    expect(template[4]).toMatchObject({ label: 'Start timer on', enabled: false, submenu: [] });
  });
});

describe('createTrayController', () => {
  function fakeTrayHost() {
    let now = START;
    const trays: Array<{ title: string; toolTip: string; menus: TrayMenuEntry[][]; clicks: Array<() => void>; destroyed: boolean }> = [];
    const timers = new Map<number, { due: number; callback: () => void }>();
    let nextHandle = 1;
    const host = {
      createTray: (): TrayHandle<TrayMenuEntry[]> => {
        const tray = { title: '', toolTip: '', menus: [] as TrayMenuEntry[][], clicks: [] as Array<() => void>, destroyed: false };
        trays.push(tray);
        return {
          setTitle: (text) => (tray.title = text),
          setToolTip: (text) => (tray.toolTip = text),
          setContextMenu: (menu) => tray.menus.push(menu),
          on: (_event, listener) => tray.clicks.push(listener),
          destroy: () => (tray.destroyed = true),
        };
      },
      buildMenu: (template: TrayMenuEntry[]) => template,
      now: () => now,
      setTimeout: (callback: () => void, ms: number) => {
        const handle = nextHandle++;
        timers.set(handle, { due: now + ms, callback });
        return handle;
      },
      clearTimeout: (handle: number) => {
        timers.delete(handle);
      },
    };
    const pass = (ms: number) => {
      const until = now + ms;
      for (;;) {
        const next = [...timers.entries()].filter(([, timer]) => timer.due <= until).sort(([, a], [, b]) => a.due - b.due)[0];
        if (next === undefined) break;
        timers.delete(next[0]);
        now = next[1].due;
        next[1].callback();
      }
      now = until;
    };
    return { host, trays, timers, pass, setNow: (value: number) => (now = value) };
  }

  it('creates the tray on the first update and refreshes the elapsed time as each minute completes', () => {
    const { host, trays, pass, setNow } = fakeTrayHost();
    const { actions, shown } = recordingActions();
    const controller = createTrayController(host, actions);
    expect(trays).toHaveLength(0);
    setNow(START + 90_000);
    controller.update(running);
    expect(trays).toHaveLength(1);
    expect(trays[0]?.title).toBe('Site audit · 0:01');
    pass(29_999);
    expect(trays[0]?.title).toBe('Site audit · 0:01');
    pass(1);
    expect(trays[0]?.title).toBe('Site audit · 0:02');
    pass(60 * MINUTE);
    expect(trays[0]?.title).toBe('Site audit · 1:02');
    expect(trays[0]?.toolTip).toBe('Repute: Site audit for Northwind, 1:02');
    trays[0]?.clicks[0]?.();
    expect(shown()).toBe(1);
  });

  it('stops refreshing once the timer stops, and reuses the one tray', () => {
    const { host, trays, timers } = fakeTrayHost();
    const controller = createTrayController(host, recordingActions().actions);
    controller.update(running);
    expect(timers.size).toBe(1);
    controller.update(stopped);
    expect(timers.size).toBe(0);
    expect(trays).toHaveLength(1);
    expect(trays[0]?.title).toBe('');
    expect(trays[0]?.menus.at(-1)?.[0]?.label).toBe('No timer running');
  });

  it('destroys the tray and its refresh', () => {
    const { host, trays, timers } = fakeTrayHost();
    const controller = createTrayController(host, recordingActions().actions);
    controller.update(running);
    controller.destroy();
    expect(trays[0]?.destroyed).toBe(true);
    expect(timers.size).toBe(0);
  });
});
