import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadDemoDataFromClients, openApp, useBrowserSession } from './browser';

/** What the demo stores about its confidential client, none of which may reach the outside. */
const HELIX = {
  name: 'Helix Biotech GmbH',
  alias: 'A European biotech company',
  private: ['Helix Biotech GmbH', 'procurement@helix-biotech.example', 'Im Neuenheimer Feld 582', '69120 Heidelberg', 'DE811204467'],
};

async function openClient(page: Page, name: string): Promise<void> {
  await page.getByRole('table', { name: 'Clients' }).getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor({ state: 'visible' });
}

describe('client public view', () => {
  const session = useBrowserSession();

  it('shows a confidential client by its alias only: its real name, email, address and tax id appear nowhere in it', async () => {
    const page = session.page();
    await openApp(page, '#/clients');
    await loadDemoDataFromClients(page);
    await openClient(page, HELIX.name);

    const publicView = page.getByRole('region', { name: 'Public view' });
    await publicView.waitFor({ state: 'visible' });
    const text = await publicView.innerText();
    expect(text).toContain(HELIX.alias);
    expect(text).toContain('Lab inventory web app');
    for (const secret of HELIX.private) expect(text.toLowerCase()).not.toContain(secret.toLowerCase());

    // The owner's own view of the same page does show the real record, so the check above is not vacuous.
    expect(await page.getByRole('region', { name: 'Details' }).innerText()).toContain('DE811204467');
  });

  it('keeps a name written into a project summary out of the public view', async () => {
    const page = session.page();
    await openApp(page, '#/clients/new');
    await page.getByRole('heading', { level: 1, name: 'New client' }).waitFor({ state: 'visible' });
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Orrery Robotics AB');
    await page.getByRole('checkbox', { name: 'Confidential (under NDA)' }).check();
    await page.getByRole('textbox', { name: 'Public alias', exact: true }).fill('A Nordic robotics maker');
    await page.getByRole('button', { name: 'Save client' }).click();
    await page.getByRole('heading', { level: 1, name: 'Orrery Robotics AB' }).waitFor({ state: 'visible' });

    await page.getByRole('button', { name: 'New project' }).click();
    await page.getByRole('heading', { level: 1, name: 'New project' }).waitFor({ state: 'visible' });
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Fleet telemetry dashboard');
    await page.getByRole('combobox', { name: 'Billing' }).selectOption({ label: 'Not billable' });
    await page.getByRole('checkbox', { name: 'Show in portfolio' }).check();
    await page.getByRole('textbox', { name: 'Portfolio summary' }).fill('Built the telemetry views Orrery Robotics AB shows its customers.');
    await page.getByRole('textbox', { name: 'Outcome' }).fill('Support calls about robot status dropped by half.');
    await page.getByRole('button', { name: 'Save project' }).click();
    await page.getByRole('heading', { level: 1, name: 'Fleet telemetry dashboard' }).waitFor({ state: 'visible' });

    await page.getByRole('link', { name: 'Orrery Robotics AB' }).first().click();
    const publicView = page.getByRole('region', { name: 'Public view' });
    await publicView.getByText('Fleet telemetry dashboard').waitFor({ state: 'visible' });
    const text = await publicView.innerText();
    expect(text).toContain('A Nordic robotics maker');
    expect(text).toContain('Support calls about robot status dropped by half.');
    expect(text).not.toContain('Orrery Robotics AB');
    expect(text).toContain('1 text is left out');
  });
});
