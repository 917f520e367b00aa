import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { areaHeading, loadDemoDataFromClients, mainNavigation, openApp, useBrowserSession } from './browser';

function clientRow(page: Page, name: string) {
  return page.getByRole('table', { name: 'Clients' }).getByRole('row').filter({ hasText: name });
}

describe('demo data', () => {
  const session = useBrowserSession();

  it('starts empty, loads from the Clients empty state, and survives a reload', async () => {
    const page = session.page();
    await openApp(page, '#/clients');
    await areaHeading(page, 'clients').waitFor({ state: 'visible' });
    expect(await page.getByRole('table', { name: 'Clients' }).count()).toBe(0);

    await loadDemoDataFromClients(page);
    const northwind = clientRow(page, 'Northwind Analytics');
    await northwind.waitFor({ state: 'visible' });
    expect(await northwind.count()).toBe(1);

    await page.reload();
    await mainNavigation(page).waitFor({ state: 'visible' });
    await areaHeading(page, 'clients').waitFor({ state: 'visible' });
    await clientRow(page, 'Northwind Analytics').waitFor({ state: 'visible' });
    expect(await page.getByRole('button', { name: 'Load demo data', exact: true }).count()).toBe(0);
  });

  it('shows a confidential client with its badge and public alias', async () => {
    const page = session.page();
    await openApp(page, '#/clients');
    await loadDemoDataFromClients(page);

    const helix = clientRow(page, 'Helix Biotech GmbH');
    await helix.waitFor({ state: 'visible' });
    const rowText = await helix.innerText();
    expect(rowText).toContain('Confidential');
    expect(rowText).toContain('A European biotech company');
  });
});
