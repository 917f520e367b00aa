import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { areaHeading, goToArea, openApp, useBrowserSession } from './browser';

/** Each empty screen, and what it says to ask for business details while they are missing. */
const EMPTY_SCREENS = [
  { area: 'dashboard', emptyState: 'Welcome to Repute', nag: 'Set up your business' },
  { area: 'clients', emptyState: 'No clients yet', nag: 'Set your business details and base currency in Settings first' },
  { area: 'invoices', emptyState: 'No invoices yet', nag: 'fill them in under Settings' },
] as const;

async function nagsShown(page: Page): Promise<string[]> {
  const shown: string[] = [];
  for (const { area, emptyState, nag } of EMPTY_SCREENS) {
    await goToArea(page, area);
    const region = page.getByRole('region', { name: emptyState });
    await region.waitFor({ state: 'visible' });
    if ((await region.getByText(nag).count()) > 0) shown.push(area);
  }
  return shown;
}

describe('empty screens and business details', () => {
  const session = useBrowserSession({ locale: 'en-GB' });

  it('ask for business details while they are missing, and stop once they are saved', async () => {
    const page = session.page();
    await openApp(page, '#/dashboard');
    expect(await nagsShown(page)).toEqual(['dashboard', 'clients', 'invoices']);

    await goToArea(page, 'settings');
    await page.getByRole('textbox', { name: 'Business name', exact: true }).fill('Studio Lind');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByRole('status').filter({ hasText: 'Settings saved' }).waitFor({ state: 'visible' });

    expect(await nagsShown(page)).toEqual([]);
    await goToArea(page, 'clients');
    expect(await page.getByRole('link', { name: 'Open Settings' }).count()).toBe(0);
    await goToArea(page, 'dashboard');
    await areaHeading(page, 'dashboard').waitFor({ state: 'visible' });
    await page.getByRole('button', { name: 'Load demo data', exact: true }).waitFor({ state: 'visible' });
  });
});
