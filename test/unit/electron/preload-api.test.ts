import { describe, expect, it } from 'vitest';
import { createPreloadApi, type RendererIpc } from '../../../electron/preload-api';
import { IPC_EVENTS, IPC_INVOKE, type AreaId, type SystemActivityEvent, type TimerCommand } from '../../../src/platform/contract';
import { HOST_API_METHOD_NAMES } from '../platform/host-doubles';

type Listener = (event: unknown, ...args: unknown[]) => void;

function fakeIpc(answers: Record<string, unknown> = {}) {
  const invocations: { channel: string; args: unknown[] }[] = [];
  const listeners = new Map<string, Set<Listener>>();
  const ipc: RendererIpc = {
    invoke: (channel, ...args) => {
      invocations.push({ channel, args });
      return Promise.resolve(answers[channel]);
    },
    on: (channel, listener) => {
      const set = listeners.get(channel) ?? new Set<Listener>();
      set.add(listener);
      listeners.set(channel, set);
    },
    removeListener: (channel, listener) => {
      listeners.get(channel)?.delete(listener);
    },
  };
  const emit = (channel: string, ...args: unknown[]): void => {
    for (const listener of listeners.get(channel) ?? []) listener({ sender: 'ipcRenderer' }, ...args);
  };
  const listenerCount = (channel: string): number => listeners.get(channel)?.size ?? 0;
  return { ipc, invocations, emit, listenerCount };
}

const appInfo = { name: 'Repute', version: '0.1.0', platform: 'darwin', host: 'electron', dataLocation: '/Users/me/Library/Application Support/Repute' };

describe('createPreloadApi', () => {
  it('exposes exactly the host API, as functions', () => {
    const api = createPreloadApi(fakeIpc().ipc);
    expect(Object.keys(api).sort()).toEqual(HOST_API_METHOD_NAMES);
    for (const member of Object.values(api)) expect(typeof member).toBe('function');
  });

  it('gets the app info over its channel and validates it', async () => {
    const { ipc, invocations } = fakeIpc({ [IPC_INVOKE.getAppInfo.channel]: appInfo });
    await expect(createPreloadApi(ipc).getAppInfo()).resolves.toEqual(appInfo);
    expect(invocations).toEqual([{ channel: IPC_INVOKE.getAppInfo.channel, args: [] }]);
  });

  it('rejects a malformed app info answer', async () => {
    const { ipc } = fakeIpc({ [IPC_INVOKE.getAppInfo.channel]: { name: 'Repute' } });
    await expect(createPreloadApi(ipc).getAppInfo()).rejects.toThrow();
  });

  it('sends accepted links to the main process', async () => {
    const { ipc, invocations } = fakeIpc({ [IPC_INVOKE.openExternal.channel]: true });
    await expect(createPreloadApi(ipc).openExternal('https://example.com/')).resolves.toBe(true);
    expect(invocations).toEqual([{ channel: IPC_INVOKE.openExternal.channel, args: ['https://example.com/'] }]);
  });

  it('answers false for a refused link without asking the main process', async () => {
    const { ipc, invocations } = fakeIpc({ [IPC_INVOKE.openExternal.channel]: true });
    await expect(createPreloadApi(ipc).openExternal('file:///etc/passwd')).resolves.toBe(false);
    expect(invocations).toEqual([]);
  });

  it('sets the theme source and refuses unknown themes before sending', async () => {
    const { ipc, invocations } = fakeIpc();
    const api = createPreloadApi(ipc);
    await api.setThemeSource('light');
    expect(invocations).toEqual([{ channel: IPC_INVOKE.setThemeSource.channel, args: ['light'] }]);
    // Page scripts are untyped: call the bridge the way a page could, with a theme outside the contract.
    await expect(Reflect.apply(api.setThemeSource, api, ['neon'])).rejects.toThrow();
    expect(invocations).toHaveLength(1);
  });

  it('delivers valid navigation requests without the IPC event, and stops after unsubscribe', () => {
    const { ipc, emit, listenerCount } = fakeIpc();
    const received: unknown[][] = [];
    const unsubscribe = createPreloadApi(ipc).onNavigate((...args: AreaId[]) => received.push(args));
    emit(IPC_EVENTS.navigate.channel, 'invoices');
    emit(IPC_EVENTS.navigate.channel, 'not-an-area');
    emit(IPC_EVENTS.navigate.channel, { area: 'time' });
    expect(received).toEqual([['invoices']]);
    expect(listenerCount(IPC_EVENTS.navigate.channel)).toBe(1);
    unsubscribe();
    emit(IPC_EVENTS.navigate.channel, 'time');
    expect(received).toEqual([['invoices']]);
    expect(listenerCount(IPC_EVENTS.navigate.channel)).toBe(0);
  });

  it('starts one idle watch in main for its first watcher and stops it after the last, passing on only valid events', async () => {
    const { ipc, emit, invocations } = fakeIpc();
    const api = createPreloadApi(ipc);
    const first: SystemActivityEvent[] = [];
    const second: SystemActivityEvent[] = [];
    const stopFirst = api.watchSystemActivity(10, (event) => first.push(event));
    const stopSecond = api.watchSystemActivity(10, (event) => second.push(event));
    emit(IPC_EVENTS.systemActivity.channel, { kind: 'idle', since: 1000 });
    emit(IPC_EVENTS.systemActivity.channel, { kind: 'idle', since: 'yesterday' });
    emit(IPC_EVENTS.systemActivity.channel, { kind: 'explode', at: 1 });
    stopFirst();
    stopFirst();
    emit(IPC_EVENTS.systemActivity.channel, { kind: 'unlock', at: 2000 });
    stopSecond();
    await Promise.resolve();
    expect(first).toEqual([{ kind: 'idle', since: 1000 }]);
    expect(second).toEqual([{ kind: 'idle', since: 1000 }, { kind: 'unlock', at: 2000 }]);
    expect(invocations).toEqual([
      { channel: IPC_INVOKE.watchSystemActivity.channel, args: [10] },
      { channel: IPC_INVOKE.watchSystemActivity.channel, args: [10] },
      { channel: IPC_INVOKE.unwatchSystemActivity.channel, args: [] },
    ]);
  });

  it('refuses an idle threshold outside the settings range before asking main', () => {
    const { ipc, invocations } = fakeIpc();
    expect(() => createPreloadApi(ipc).watchSystemActivity(0, () => undefined)).toThrow();
    expect(invocations).toEqual([]);
  });

  it('validates the tray state, notifications and files before sending them', async () => {
    const { ipc, invocations } = fakeIpc({ [IPC_INVOKE.notify.channel]: true, [IPC_INVOKE.saveTextFile.channel]: { saved: false } });
    const api = createPreloadApi(ipc);
    await api.setTrayState({ running: null, recentProjects: [] });
    await expect(api.notify({ title: 'Time to track', body: '' })).resolves.toBe(true);
    await expect(api.saveTextFile({ suggestedName: 'time.csv', content: 'Date', mimeType: 'text/csv' })).resolves.toEqual({ saved: false });
    await expect(api.notify({ title: '', body: 'no title' })).rejects.toThrow();
    await expect(api.saveTextFile({ suggestedName: '../time.csv', content: '', mimeType: 'text/csv' })).rejects.toThrow();
    expect(invocations.map((invocation) => invocation.channel)).toEqual([IPC_INVOKE.setTrayState.channel, IPC_INVOKE.notify.channel, IPC_INVOKE.saveTextFile.channel]);
  });

  it('answers an invalid shortcut with its message without asking main, and sends a valid one canonical', async () => {
    const { ipc, invocations } = fakeIpc({ [IPC_INVOKE.setTimerShortcut.channel]: { ok: true } });
    const api = createPreloadApi(ipc);
    await expect(api.setTimerShortcut('Shift+T')).resolves.toEqual({
      ok: false,
      error: 'Add Control, Command, Alt or Super, or every app would lose that key. Use a shortcut like CommandOrControl+Shift+T',
    });
    await expect(api.setTimerShortcut('cmdorctrl+shift+t')).resolves.toEqual({ ok: true });
    expect(invocations).toEqual([{ channel: IPC_INVOKE.setTimerShortcut.channel, args: ['CommandOrControl+Shift+T'] }]);
  });

  it('delivers valid timer commands from the tray and the shortcut', () => {
    const { ipc, emit } = fakeIpc();
    const commands: TimerCommand[] = [];
    const unsubscribe = createPreloadApi(ipc).onTimerCommand((command) => commands.push(command));
    emit(IPC_EVENTS.timerCommand.channel, { kind: 'toggle' });
    emit(IPC_EVENTS.timerCommand.channel, { kind: 'switchTo', projectId: 'p1' });
    emit(IPC_EVENTS.timerCommand.channel, { kind: 'switchTo' });
    emit(IPC_EVENTS.timerCommand.channel, { kind: 'format-disk' });
    unsubscribe();
    emit(IPC_EVENTS.timerCommand.channel, { kind: 'stop' });
    expect(commands).toEqual([{ kind: 'toggle' }, { kind: 'switchTo', projectId: 'p1' }]);
  });
});
