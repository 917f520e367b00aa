import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { accessibleDescription, loadDemoDataFromClients, openApp, useBrowserSession } from './browser';

async function openNewClientForm(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'New client' }).click();
  await page.getByRole('heading', { level: 1, name: 'New client' }).waitFor({ state: 'visible' });
}

describe('client form warnings', () => {
  const session = useBrowserSession({ locale: 'en-GB' });

  it('warns that another client has the same name, saves anyway, and pickers tell the two apart', async () => {
    const page = session.page();
    await openApp(page, '#/clients');
    await loadDemoDataFromClients(page);
    await openNewClientForm(page);

    const name = page.getByRole('textbox', { name: 'Name', exact: true });
    await name.fill('northwind analytics');
    const warning = 'Another client is already called “Northwind Analytics” (accounts@northwind-analytics.example).';
    await page.getByText(warning).waitFor({ state: 'visible' });
    expect(await accessibleDescription(name)).toContain(warning);
    expect(await name.getAttribute('aria-invalid')).toBeNull();

    await page.getByRole('textbox', { name: 'Email', exact: true }).fill('ops@northwind-eu.example');
    await page.getByRole('button', { name: 'Save client' }).click();
    await page.getByRole('heading', { level: 1, name: 'northwind analytics' }).waitFor({ state: 'visible' });

    await openApp(page, '#/projects/new');
    const clientSelect = page.getByRole('combobox', { name: 'Client', exact: true });
    await clientSelect.waitFor({ state: 'visible' });
    const labels = await clientSelect.getByRole('option').allInnerTexts();
    const northwinds = labels.map((label) => label.trim()).filter((label) => label.toLowerCase().startsWith('northwind analytics'));
    expect(northwinds.sort()).toEqual(['Northwind Analytics (accounts@northwind-analytics.example)', 'northwind analytics (ops@northwind-eu.example)']);
    expect(labels.map((label) => label.trim())).toContain('Estudio Marea');
  });

  it('warns, without refusing, when a confidential client’s alias holds a word of its name', async () => {
    const page = session.page();
    await openApp(page, '#/clients/new');
    await page.getByRole('heading', { level: 1, name: 'New client' }).waitFor({ state: 'visible' });
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Sólveig Biotech');
    await page.getByRole('checkbox', { name: 'Confidential (under NDA)' }).check();

    const alias = page.getByRole('textbox', { name: 'Public alias', exact: true });
    await alias.fill('A Nordic biotech lab');
    const warning = 'Contains “biotech”, from the client’s name or company: others may recognise the client.';
    await page.getByText(warning).waitFor({ state: 'visible' });
    await alias.fill('The SOLVEIG lab');
    await page.getByText('Contains “SOLVEIG”, from the client’s name or company: others may recognise the client.').waitFor({ state: 'visible' });
    expect(await accessibleDescription(alias)).toContain('Contains “SOLVEIG”, from the client’s name or company');
    expect(await alias.getAttribute('aria-invalid')).toBeNull();

    await alias.fill('A Nordic research lab');
    await expect.poll(() => page.getByText(/from the client’s name or company/).count()).toBe(0);
    await alias.fill('The Solveig lab');
    await page.getByRole('button', { name: 'Save client' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sólveig Biotech' }).waitFor({ state: 'visible' });
  });
});
