import { describe, expect, it } from 'vitest';
import type { AreaId, HostApi, SystemActivityEvent, TimerCommand } from '../../../src/platform/contract';
import { createElectronHost, findElectronBridge } from '../../../src/platform/electron';
import { HOST_API_METHOD_NAMES } from './host-doubles';

function fakeBridge(calls: string[]): HostApi {
  return {
    getAppInfo: () => {
      calls.push('getAppInfo');
      return Promise.resolve({ name: 'Repute', version: '0.1.0', platform: 'win32', host: 'electron', dataLocation: 'C:\\Users\\me\\AppData\\Roaming\\Repute' });
    },
    openExternal: (url) => {
      calls.push(`openExternal ${url}`);
      return Promise.resolve(true);
    },
    setThemeSource: (theme) => {
      calls.push(`setThemeSource ${theme}`);
      return Promise.resolve();
    },
    onNavigate: (listener) => {
      calls.push('onNavigate');
      listener('payments');
      return () => calls.push('unsubscribe');
    },
    watchSystemActivity: (thresholdMinutes, listener) => {
      calls.push(`watchSystemActivity ${thresholdMinutes}`);
      listener({ kind: 'lock', at: 1000 });
      return () => calls.push('unwatch');
    },
    setTrayState: (state) => {
      calls.push(`setTrayState ${state.running?.projectName ?? 'none'}`);
      return Promise.resolve();
    },
    onTimerCommand: (listener) => {
      calls.push('onTimerCommand');
      listener({ kind: 'stop' });
      return () => calls.push('stop listening');
    },
    setTimerShortcut: (accelerator) => {
      calls.push(`setTimerShortcut ${accelerator}`);
      return Promise.resolve({ ok: true });
    },
    notify: (notification) => {
      calls.push(`notify ${notification.title}`);
      return Promise.resolve(true);
    },
    saveTextFile: (file) => {
      calls.push(`saveTextFile ${file.suggestedName}`);
      return Promise.resolve({ saved: true });
    },
    saveInvoicePdf: (input) => {
      calls.push(`saveInvoicePdf ${input.fileName}`);
      return Promise.resolve({ saved: true });
    },
    writeAutomaticBackup: (input) => {
      calls.push(`writeAutomaticBackup ${input.at}`);
      return Promise.resolve({ saved: true });
    },
    listAutomaticBackups: () => {
      calls.push('listAutomaticBackups');
      return Promise.resolve([]);
    },
    readAutomaticBackup: (fileName) => {
      calls.push(`readAutomaticBackup ${fileName}`);
      return Promise.resolve('{}');
    },
  };
}

const noop = (): undefined => undefined;

describe('findElectronBridge', () => {
  it('finds the bridge the preload exposed', () => {
    const bridge = fakeBridge([]);
    expect(findElectronBridge({ repute: bridge })).toBe(bridge);
  });

  it.each([
    ['no bridge at all', {}],
    ['a bridge of the wrong type', { repute: 'electron' }],
    ['a null bridge', { repute: null }],
    ['a bridge missing a method', { repute: { getAppInfo: noop, openExternal: noop, setThemeSource: noop } }],
    ['a bridge from before time tracking', { repute: { getAppInfo: noop, openExternal: noop, setThemeSource: noop, onNavigate: noop } }],
    ['a bridge whose method is not a function', { repute: Object.fromEntries(HOST_API_METHOD_NAMES.map((name) => [name, 1])) }],
  ])('returns null for %s', (_label, scope) => {
    expect(findElectronBridge(scope)).toBeNull();
  });
});

describe('createElectronHost', () => {
  it('passes every call to the bridge and its answers back', async () => {
    const calls: string[] = [];
    const host = createElectronHost(fakeBridge(calls));
    expect(Object.keys(host).sort()).toEqual(HOST_API_METHOD_NAMES);
    await expect(host.getAppInfo()).resolves.toMatchObject({ host: 'electron' });
    await expect(host.openExternal('https://example.com/')).resolves.toBe(true);
    await host.setThemeSource('light');
    const areas: AreaId[] = [];
    const unsubscribe = host.onNavigate((area) => areas.push(area));
    unsubscribe();
    expect(areas).toEqual(['payments']);

    const activity: SystemActivityEvent[] = [];
    host.watchSystemActivity(10, (event) => activity.push(event))();
    expect(activity).toEqual([{ kind: 'lock', at: 1000 }]);
    await host.setTrayState({ running: { projectName: 'Site audit', clientName: 'Northwind', start: 0 }, recentProjects: [] });
    const commands: TimerCommand[] = [];
    host.onTimerCommand((command) => commands.push(command))();
    expect(commands).toEqual([{ kind: 'stop' }]);
    await expect(host.setTimerShortcut('Alt+F9')).resolves.toEqual({ ok: true });
    await expect(host.notify({ title: 'Still running?', body: '' })).resolves.toBe(true);
    await expect(host.saveTextFile({ suggestedName: 'time.csv', content: 'a', mimeType: 'text/csv' })).resolves.toEqual({ saved: true });

    expect(calls).toEqual([
      'getAppInfo',
      'openExternal https://example.com/',
      'setThemeSource light',
      'onNavigate',
      'unsubscribe',
      'watchSystemActivity 10',
      'unwatch',
      'setTrayState Site audit',
      'onTimerCommand',
      'stop listening',
      'setTimerShortcut Alt+F9',
      'notify Still running?',
      'saveTextFile time.csv',
    ]);
  });
});
