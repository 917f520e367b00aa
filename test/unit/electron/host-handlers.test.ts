import { describe, expect, it } from 'vitest';
import { registerHostHandlers } from '../../../electron/host-handlers';
import { createIpcRegistry, type InvokeEventLike, type InvokeListener } from '../../../electron/ipc';
import { IPC_INVOKE, type ThemeSource } from '../../../src/platform/contract';

const appEvent: InvokeEventLike = { sender: { id: 1 }, senderFrame: { url: 'app://repute/index.html', parent: null } };

function setUp() {
  const listeners = new Map<string, InvokeListener>();
  const opened: string[] = [];
  const nativeTheme: { themeSource: ThemeSource } = { themeSource: 'system' };
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
    },
  );
  const invoke = (channel: string, ...args: unknown[]): Promise<unknown> => {
    const listener = listeners.get(channel);
    if (listener === undefined) return Promise.reject(new Error(`no handler for ${channel}`));
    return listener(appEvent, ...args);
  };
  return { listeners, opened, nativeTheme, invoke };
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
});
