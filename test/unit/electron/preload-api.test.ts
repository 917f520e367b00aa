import { describe, expect, it } from 'vitest';
import { createPreloadApi, type RendererIpc } from '../../../electron/preload-api';
import { IPC_EVENTS, IPC_INVOKE, type AreaId } from '../../../src/platform/contract';

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
    expect(Object.keys(api).sort()).toEqual(['getAppInfo', 'onNavigate', 'openExternal', 'setThemeSource']);
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
});
