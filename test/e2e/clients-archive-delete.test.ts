import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadDemoDataFromClients, openApp, useBrowserSession } from './browser';

async function createClient(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'New client' }).click();
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
  await page.getByRole('button', { name: 'Save client' }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor({ state: 'visible' });
}

function row(page: Page, name: string) {
  return page.getByRole('table', { name: 'Clients' }).getByRole('row').filter({ hasText: name });
}

describe('archiving and deleting clients', () => {
  const session = useBrowserSession();

  it('archives a client out of the list, finds it under Archived, and unarchives it', async () => {
    const page = session.page();
    await openApp(page, '#/clients');
    await loadDemoDataFromClients(page);
    await createClient(page, 'Marlow Print Works');

    await page.getByRole('button', { name: 'Archive client' }).click();
    await page.getByRole('status').filter({ hasText: 'Marlow Print Works archived' }).waitFor({ state: 'visible' });
    await page.getByRole('button', { name: 'Unarchive client' }).waitFor({ state: 'visible' });

    await page.getByRole('link', { name: 'Clients', exact: true }).first().click();
    await row(page, 'Northwind Analytics').waitFor({ state: 'visible' });
    expect(await row(page, 'Marlow Print Works').count()).toBe(0);
    await page.getByRole('combobox', { name: 'Archived' }).selectOption('archived');
    await row(page, 'Marlow Print Works').waitFor({ state: 'visible' });
    expect(await row(page, 'Northwind Analytics').count()).toBe(0);

    await row(page, 'Marlow Print Works').getByRole('link', { name: 'Marlow Print Works' }).click();
    await page.getByRole('button', { name: 'Unarchive client' }).click();
    await page.getByRole('button', { name: 'Archive client' }).waitFor({ state: 'visible' });
  });

  it('deletes a new client and brings it back with Undo', async () => {
    const page = session.page();
    await openApp(page, '#/clients');
    await loadDemoDataFromClients(page);
    await createClient(page, 'Marlow Print Works');

    await page.getByRole('button', { name: 'Delete client' }).click();
    await page.getByRole('heading', { level: 1, name: 'Clients' }).waitFor({ state: 'visible' });
    await page.getByRole('status').filter({ hasText: 'Marlow Print Works deleted' }).waitFor({ state: 'visible' });
    await row(page, 'Northwind Analytics').waitFor({ state: 'visible' });
    expect(await row(page, 'Marlow Print Works').count()).toBe(0);

    await page.getByRole('button', { name: 'Undo' }).click();
    await row(page, 'Marlow Print Works').waitFor({ state: 'visible' });
  });

  it('refuses to delete a client with history and says to archive it instead', async () => {
    const page = session.page();
    await openApp(page, '#/clients');
    await loadDemoDataFromClients(page);
    await page.getByRole('link', { name: 'Northwind Analytics', exact: true }).click();
    await page.getByRole('button', { name: 'Delete client' }).click();
    await page.getByRole('status').filter({ hasText: 'cannot be deleted; archive it instead' }).waitFor({ state: 'visible' });
    expect(await page.getByRole('heading', { level: 1, name: 'Northwind Analytics' }).count()).toBe(1);
  });
});
