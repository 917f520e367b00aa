import { describe, expect, it } from 'vitest';
import { registerHostHandlers, type DesktopServices } from '../../../electron/host-handlers';
import { createIpcRegistry, type InvokeEventLike, type InvokeListener } from '../../../electron/ipc';
import { IPC_INVOKE, type ThemeSource } from '../../../src/platform/contract';

function recordingDesktop() {
  const calls: unknown[][] = [];
  const desktop: DesktopServices = {
    watchSystemActivity: (thresholdMinutes) => {
      calls.push(['watchSystemActivity', thresholdMinutes]);
    },
    unwatchSystemActivity: () => {
      calls.push(['unwatchSystemActivity']);
    },
    setTrayState: (state) => {
      calls.push(['setTrayState', state]);
    },
    setTimerShortcut: (accelerator) => {
      calls.push(['setTimerShortcut', accelerator]);
      return accelerator === 'Alt+F1' ? { ok: false, error: 'Alt+F1 is already used by another app or the system; choose another shortcut' } : { ok: true };
    },
    notify: (notification) => {
      calls.push(['notify', notification]);
      return true;
    },
    saveTextFile: (file) => {
      calls.push(['saveTextFile', file.suggestedName]);
      return Promise.resolve({ saved: true });
    },
    saveInvoicePdf: (input) => {
      calls.push(['saveInvoicePdf', input.fileName]);
      return Promise.resolve({ saved: true });
    },
    writeAutomaticBackup: (input) => {
      calls.push(['writeAutomaticBackup', input.at]);
      return Promise.resolve({ saved: true });
    },
    listAutomaticBackups: () => {
      calls.push(['listAutomaticBackups']);
      return Promise.resolve([]);
    },
    readAutomaticBackup: (fileName) => {
      calls.push(['readAutomaticBackup', fileName]);
      return Promise.resolve('{}');
    },
  };
  return { desktop, calls };
}

const appEvent: InvokeEventLike = { sender: { id: 1 }, senderFrame: { url: 'app://repute/index.html', parent: null } };

function setUp() {
  const listeners = new Map<string, InvokeListener>();
  const opened: string[] = [];
  const nativeTheme: { themeSource: ThemeSource } = { themeSource: 'system' };
  const { desktop, calls } = recordingDesktop();
  registerHostHandlers(
    createIpcRegistry({ handle: (channel, listener) => listeners.set(channel, listener) }, { isAppWindowContents: () => true }),
    {
      app: {
        getName: () => 'Repute',
        getVersion: () => '0.1.0',
        getPath: (name) => `/home/me/.config/Repute/${name}`,
      },
      shell: {
        openExternal: (url) => {
          opened.push(url);
          return Promise.resolve();
        },
      },
      nativeTheme,
      platform: 'linux',
      desktop,
    },
  );
  const invoke = (channel: string, ...args: unknown[]): Promise<unknown> => {
    const listener = listeners.get(channel);
    if (listener === undefined) return Promise.reject(new Error(`no handler for ${channel}`));
    return listener(appEvent, ...args);
  };
  return { listeners, opened, nativeTheme, invoke, calls };
}

describe('registerHostHandlers', () => {
  it('registers one handler for every channel of the contract', () => {
    const { listeners } = setUp();
    expect([...listeners.keys()].sort()).toEqual(Object.values(IPC_INVOKE).map((spec) => spec.channel).sort());
  });

  it('describes the app, with the user-data folder as its data location', async () => {
    const { invoke } = setUp();
    await expect(invoke(IPC_INVOKE.getAppInfo.channel)).resolves.toEqual({
      name: 'Repute',
      version: '0.1.0',
      platform: 'linux',
      host: 'electron',
      dataLocation: '/home/me/.config/Repute/userData',
    });
  });

  it('opens accepted links with the shell', async () => {
    const { invoke, opened } = setUp();
    await expect(invoke(IPC_INVOKE.openExternal.channel, 'https://example.com/case-study')).resolves.toBe(true);
    expect(opened).toEqual(['https://example.com/case-study']);
  });

  it.each(['file:///etc/passwd', 'javascript:alert(1)', 'https://user:pw@example.com/'])(
    'never hands %s to the shell',
    async (url) => {
      const { invoke, opened } = setUp();
      await expect(invoke(IPC_INVOKE.openExternal.channel, url)).rejects.toThrow(/invalid payload/);
      expect(opened).toEqual([]);
    },
  );

  it('sets the native theme source', async () => {
    const { invoke, nativeTheme } = setUp();
    await expect(invoke(IPC_INVOKE.setThemeSource.channel, 'dark')).resolves.toBeUndefined();
    expect(nativeTheme.themeSource).toBe('dark');
  });

  it('leaves the theme alone for an unknown theme', async () => {
    const { invoke, nativeTheme } = setUp();
    await expect(invoke(IPC_INVOKE.setThemeSource.channel, 'neon')).rejects.toThrow(/invalid payload/);
    expect(nativeTheme.themeSource).toBe('system');
  });

  it('starts and stops the idle watch with the threshold it was given', async () => {
    const { invoke, calls } = setUp();
    await expect(invoke(IPC_INVOKE.watchSystemActivity.channel, 15)).resolves.toBeUndefined();
    await expect(invoke(IPC_INVOKE.unwatchSystemActivity.channel)).resolves.toBeUndefined();
    await expect(invoke(IPC_INVOKE.watchSystemActivity.channel, 0)).rejects.toThrow(/invalid payload/);
    expect(calls).toEqual([['watchSystemActivity', 15], ['unwatchSystemActivity']]);
  });

  it('hands a valid tray state to the tray', async () => {
    const { invoke, calls } = setUp();
    const state = { running: { projectName: 'Site audit', clientName: 'Northwind', start: 1_000 }, recentProjects: [{ id: 'p1', label: 'Site audit' }] };
    await expect(invoke(IPC_INVOKE.setTrayState.channel, state)).resolves.toBeUndefined();
    expect(calls).toEqual([['setTrayState', state]]);
  });

  it('answers a shortcut the system refused with its message', async () => {
    const { invoke } = setUp();
    await expect(invoke(IPC_INVOKE.setTimerShortcut.channel, 'CommandOrControl+Shift+T')).resolves.toEqual({ ok: true });
    await expect(invoke(IPC_INVOKE.setTimerShortcut.channel, 'Alt+F1')).resolves.toEqual({
      ok: false,
      error: 'Alt+F1 is already used by another app or the system; choose another shortcut',
    });
  });

  it('shows notifications and saves files through the desktop services', async () => {
    const { invoke, calls } = setUp();
    await expect(invoke(IPC_INVOKE.notify.channel, { title: 'Time to track', body: 'No timer is running.' })).resolves.toBe(true);
    await expect(invoke(IPC_INVOKE.saveTextFile.channel, { suggestedName: 'time.csv', content: 'Date', mimeType: 'text/csv' })).resolves.toEqual({ saved: true });
    await expect(invoke(IPC_INVOKE.saveTextFile.channel, { suggestedName: '/etc/passwd', content: 'x', mimeType: 'text/csv' })).rejects.toThrow(/invalid payload/);
    expect(calls).toEqual([
      ['notify', { title: 'Time to track', body: 'No timer is running.' }],
      ['saveTextFile', 'time.csv'],
    ]);
  });
});
