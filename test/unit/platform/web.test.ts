import { describe, expect, it } from 'vitest';
import packageJson from '../../../package.json';
import { createWebHost, type WebHostEnvironment } from '../../../src/platform/web';

function fakeBrowser(): WebHostEnvironment & { opened: string[] } {
  const opened: string[] = [];
  return {
    opened,
    origin: () => 'http://127.0.0.1:5173',
    platform: () => 'Linux x86_64',
    openInNewTab: (url) => {
      opened.push(url);
    },
  };
}

describe('createWebHost', () => {
  it('describes itself as the web app storing in IndexedDB for its origin', async () => {
    await expect(createWebHost(fakeBrowser()).getAppInfo()).resolves.toEqual({
      name: 'Repute',
      version: packageJson.version,
      platform: 'Linux x86_64',
      host: 'web',
      dataLocation: "This browser's storage (IndexedDB) for http://127.0.0.1:5173",
    });
  });

  it.each(['https://example.com/portfolio', 'http://example.org/', 'mailto:client@example.com'])(
    'opens %s in a new tab',
    async (url) => {
      const browser = fakeBrowser();
      await expect(createWebHost(browser).openExternal(url)).resolves.toBe(true);
      expect(browser.opened).toEqual([url]);
    },
  );

  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,hi', 'https://a:b@example.com/', 'nonsense'])(
    'refuses %s without opening anything',
    async (url) => {
      const browser = fakeBrowser();
      await expect(createWebHost(browser).openExternal(url)).resolves.toBe(false);
      expect(browser.opened).toEqual([]);
    },
  );

  it('accepts a theme source and returns an unsubscribe for navigation', async () => {
    const host = createWebHost(fakeBrowser());
    await expect(host.setThemeSource('dark')).resolves.toBeUndefined();
    const unsubscribe = host.onNavigate(() => {
      throw new Error('a browser has no native menu to navigate from');
    });
    expect(typeof unsubscribe).toBe('function');
    expect(unsubscribe()).toBeUndefined();
  });
});
