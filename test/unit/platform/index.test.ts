import { describe, expect, it } from 'vitest';
import type { HostApi } from '../../../src/platform/contract';
import { host, selectHost } from '../../../src/platform/index';
import { HOST_API_METHOD_NAMES, quietHost } from './host-doubles';

function labelledHost(label: string): HostApi {
  return quietHost({
    getAppInfo: () => Promise.resolve({ name: label, version: '0.1.0', platform: 'test', host: 'web', dataLocation: label }),
  });
}

describe('selectHost', () => {
  it('uses the Electron bridge when the preload exposed one', async () => {
    let fallbackBuilt = false;
    const chosen = selectHost({ repute: labelledHost('bridge') }, () => {
      fallbackBuilt = true;
      return labelledHost('web');
    });
    await expect(chosen.getAppInfo()).resolves.toMatchObject({ name: 'bridge' });
    expect(fallbackBuilt).toBe(false);
  });

  it('falls back to the browser host without a bridge', async () => {
    const chosen = selectHost({}, () => labelledHost('web'));
    await expect(chosen.getAppInfo()).resolves.toMatchObject({ name: 'web' });
  });

  it('exports a ready host with every method of the API', () => {
    expect(Object.keys(host).sort()).toEqual(HOST_API_METHOD_NAMES);
  });
});
