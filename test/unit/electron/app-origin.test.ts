import { describe, expect, it } from 'vitest';
import { APP_INDEX_URL, APP_ORIGIN, APP_SCHEME_DEFINITION } from '../../../electron/app-origin';
import { isAppUrl } from '../../../electron/security';

describe('the app origin', () => {
  it('stays app://repute, because stored IndexedDB data belongs to it', () => {
    expect(APP_ORIGIN).toBe('app://repute');
    expect(APP_INDEX_URL).toBe('app://repute/index.html');
    expect(isAppUrl(APP_INDEX_URL)).toBe(true);
  });

  it('registers the scheme as standard and secure, with fetch and code cache', () => {
    expect(APP_SCHEME_DEFINITION).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    });
  });
});
