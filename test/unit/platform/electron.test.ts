import { describe, expect, it } from 'vitest';
import type { AreaId, HostApi } from '../../../src/platform/contract';
import { createElectronHost, findElectronBridge } from '../../../src/platform/electron';

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
  };
}

describe('findElectronBridge', () => {
  it('finds the bridge the preload exposed', () => {
    const bridge = fakeBridge([]);
    expect(findElectronBridge({ repute: bridge })).toBe(bridge);
  });

  it.each([
    ['no bridge at all', {}],
    ['a bridge of the wrong type', { repute: 'electron' }],
    ['a null bridge', { repute: null }],
    ['a bridge missing a method', { repute: { getAppInfo: () => undefined, openExternal: () => undefined, setThemeSource: () => undefined } }],
    ['a bridge whose method is not a function', { repute: { getAppInfo: 1, openExternal: 1, setThemeSource: 1, onNavigate: 1 } }],
  ])('returns null for %s', (_label, scope) => {
    expect(findElectronBridge(scope)).toBeNull();
  });
});

describe('createElectronHost', () => {
  it('passes every call to the bridge and its answers back', async () => {
    const calls: string[] = [];
    const host = createElectronHost(fakeBridge(calls));
    await expect(host.getAppInfo()).resolves.toMatchObject({ host: 'electron' });
    await expect(host.openExternal('https://example.com/')).resolves.toBe(true);
    await host.setThemeSource('light');
    const areas: AreaId[] = [];
    const unsubscribe = host.onNavigate((area) => areas.push(area));
    unsubscribe();
    expect(areas).toEqual(['payments']);
    expect(calls).toEqual(['getAppInfo', 'openExternal https://example.com/', 'setThemeSource light', 'onNavigate', 'unsubscribe']);
  });
});
