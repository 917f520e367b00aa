import { describe, expect, it } from 'vitest';
import { areaHeading, goToArea, openApp, useBrowserSession } from './browser';

describe('reopening the app', () => {
  const session = useBrowserSession();

  it('returns to the last screen shown when opened at its root address', async () => {
    const firstWindow = session.page();
    await openApp(firstWindow);
    await goToArea(firstWindow, 'payments');
    await firstWindow.close();

    const reopened = await session.context().newPage();
    await openApp(reopened);
    await areaHeading(reopened, 'payments').waitFor({ state: 'visible' });
    expect(new URL(reopened.url()).hash).toBe('#/payments');
  });

  it('opens on the Dashboard when no screen was shown before', async () => {
    const page = session.page();
    await openApp(page);
    await areaHeading(page, 'dashboard').waitFor({ state: 'visible' });
    expect(new URL(page.url()).hash).toBe('#/dashboard');
  });
});
