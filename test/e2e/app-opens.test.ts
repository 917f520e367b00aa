import { describe, expect, it } from 'vitest';
import { appOrigin, areaHeading, areaLink, openApp, useBrowserSession } from './browser';

async function servedText(path: string): Promise<string> {
  const response = await fetch(`${appOrigin()}/${path}`);
  expect(response.status).toBe(200);
  return response.text();
}

describe('opening the app', () => {
  const session = useBrowserSession();

  it('shows the Dashboard with the main navigation on a first start', async () => {
    const page = session.page();
    await openApp(page);

    await areaHeading(page, 'dashboard').waitFor({ state: 'visible' });
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
    expect(await areaLink(page, 'dashboard').getAttribute('aria-current')).toBe('page');
    expect(new URL(page.url()).hash).toBe('#/dashboard');
  });

  it('loads the database first, from a script of its own, so IndexedDB opens it while the app still loads', async () => {
    const page = await servedText('');
    const scripts = [...page.matchAll(/<script type="module"[^>]*src="\.\/([^"]+)"/g)].map((match) => match[1] ?? '');
    expect(scripts).toHaveLength(2);
    const [database = '', app = ''] = scripts;
    const databaseCode = await servedText(database);
    // The first script opens the app's database with Dexie and carries none of React, so it is small and runs early.
    expect(databaseCode).toContain('indexedDB');
    expect(databaseCode).toContain('`repute`');
    expect(databaseCode).not.toContain('react.transitional.element');
    // The app's code reaches the same file for its database, so the window holds one Dexie and one connection.
    const preloaded = [...page.matchAll(/<link rel="modulepreload"[^>]*href="\.\/([^"]+)"/g)].map((match) => match[1] ?? '');
    const appCode = await Promise.all([app, ...preloaded.filter((path) => path !== database)].map(servedText));
    expect(appCode.some((code) => code.includes('react.transitional.element'))).toBe(true);
    expect(appCode.some((code) => code.includes(database.replace(/^assets\//, './')))).toBe(true);
  });

  it("fetches the first screen's code in four files, fewer than the six a browser asks one server for at once", async () => {
    const page = session.page();
    await openApp(page, '#/dashboard');
    await areaHeading(page, 'dashboard').waitFor({ state: 'visible' });
    const beforeFirstScreen = await page.evaluate(() => {
      const [navigation] = performance.getEntriesByType('navigation');
      const ready = navigation instanceof PerformanceNavigationTiming ? navigation.domContentLoadedEventStart : 0;
      return performance
        .getEntriesByType('resource')
        .filter((entry) => entry.startTime < ready && new URL(entry.name).pathname.endsWith('.js'))
        .map((entry) => new URL(entry.name).pathname);
    });
    expect(beforeFirstScreen.length).toBeGreaterThan(0);
    expect(beforeFirstScreen.length).toBeLessThanOrEqual(4);
  });
});
