import { describe, expect, it } from 'vitest';
import { areaHeading, areaLink, openApp, useBrowserSession } from './browser';

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
});
