import { describe, expect, it } from 'vitest';
import { LAST_ROUTE_STORAGE_KEY, areaFromPathname, readLastRoute, restoredPath, shouldRememberPathname, writeLastRoute, type KeyValueStorage } from '../../../src/app/last-route';

class MemoryStorage implements KeyValueStorage {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
}

const brokenStorage: KeyValueStorage = {
  getItem: () => {
    throw new Error('SecurityError: storage is disabled');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
};

describe('areaFromPathname', () => {
  it('reads the area from the first path segment', () => {
    expect(areaFromPathname('/clients')).toBe('clients');
    expect(areaFromPathname('/clients/4f2a')).toBe('clients');
    expect(areaFromPathname('/settings/')).toBe('settings');
  });

  it('knows nothing of the root or unknown paths', () => {
    expect(areaFromPathname('/')).toBeUndefined();
    expect(areaFromPathname('')).toBeUndefined();
    expect(areaFromPathname('/earnings')).toBeUndefined();
    expect(areaFromPathname('/Clients')).toBeUndefined();
  });
});

describe('restoredPath', () => {
  it('goes to the Dashboard on a first start', () => {
    expect(restoredPath(null)).toBe('/dashboard');
  });

  it('returns to the area last shown', () => {
    expect(restoredPath('/invoices')).toBe('/invoices');
    expect(restoredPath('/projects/123')).toBe('/projects');
  });

  it('falls back to the Dashboard for values it cannot trust', () => {
    expect(restoredPath('/no-such-screen')).toBe('/dashboard');
    expect(restoredPath('invoices')).toBe('/dashboard');
    expect(restoredPath('https://example.com/clients')).toBe('/dashboard');
    expect(restoredPath('')).toBe('/dashboard');
  });
});

describe('remembering the last route', () => {
  it('stores area screens under repute:lastRoute and reads them back', () => {
    const storage = new MemoryStorage();
    writeLastRoute(storage, '/payments');
    expect(storage.items.get(LAST_ROUTE_STORAGE_KEY)).toBe('/payments');
    expect(LAST_ROUTE_STORAGE_KEY).toBe('repute:lastRoute');
    expect(restoredPath(readLastRoute(storage))).toBe('/payments');
  });

  it('does not overwrite the last screen with the root or an unknown path', () => {
    const storage = new MemoryStorage();
    writeLastRoute(storage, '/time');
    writeLastRoute(storage, '/');
    writeLastRoute(storage, '/nowhere');
    expect(readLastRoute(storage)).toBe('/time');
    expect(shouldRememberPathname('/')).toBe(false);
    expect(shouldRememberPathname('/reputation/feedback')).toBe(true);
  });

  it('leads a Feedback screen remembered from before Reputation to the feedback inside Reputation', () => {
    expect(restoredPath('/feedback')).toBe('/reputation/feedback');
    expect(restoredPath('/feedback/new')).toBe('/reputation/feedback');
    expect(restoredPath('/feedbackish')).toBe('/dashboard');
  });

  it('treats storage that throws as empty and never throws itself', () => {
    expect(readLastRoute(brokenStorage)).toBeNull();
    expect(() => writeLastRoute(brokenStorage, '/clients')).not.toThrow();
    expect(restoredPath(readLastRoute(brokenStorage))).toBe('/dashboard');
  });
});
