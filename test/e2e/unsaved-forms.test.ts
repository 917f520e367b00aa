import type { Dialog, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { areaHeading, areaLink, mainNavigation, openApp, useBrowserSession } from './browser';
import { openInvoicesWithDemoData } from './invoices-helpers';

const CLIENT = 'Tidewater Freight Systems';
const EXPENSE = 'Travel to the kickoff workshop';

function restoredNotice(page: Page): Locator {
  return page.getByRole('status').filter({ hasText: /^Restored your unsaved changes from / });
}

function leaveDialog(page: Page): Locator {
  return page.getByRole('alertdialog', { name: 'Leave with unsaved changes?' });
}

async function reloadApp(page: Page): Promise<void> {
  await page.reload();
  await mainNavigation(page).waitFor({ state: 'visible' });
}

/** Collects the kinds of the browser dialogs the page raises, accepting each so the page carries on. */
function browserDialogs(page: Page): string[] {
  const kinds: string[] = [];
  page.on('dialog', (dialog: Dialog) => {
    kinds.push(dialog.type());
    void dialog.accept();
  });
  return kinds;
}

describe('unsaved forms', () => {
  const session = useBrowserSession();

  it('Settings: typed values come back after a reload with a notice, Discard brings the stored ones, a save clears the draft', async () => {
    const page = session.page();
    await openApp(page, '#/settings');
    await areaHeading(page, 'settings').waitFor({ state: 'visible' });
    const businessName = page.getByRole('textbox', { name: 'Business name' });
    const taxId = page.getByRole('textbox', { name: 'Tax ID' });

    await businessName.fill('Lindqvist Studio');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByRole('status').filter({ hasText: 'Settings saved' }).waitFor({ state: 'visible' });

    await businessName.fill('Lindqvist & Berg');
    await taxId.fill('DE123456789');
    await reloadApp(page);
    await restoredNotice(page).waitFor({ state: 'visible' });
    expect(await businessName.inputValue()).toBe('Lindqvist & Berg');
    expect(await taxId.inputValue()).toBe('DE123456789');

    await restoredNotice(page).getByRole('button', { name: 'Discard changes' }).click();
    await restoredNotice(page).waitFor({ state: 'detached' });
    expect(await businessName.inputValue()).toBe('Lindqvist Studio');
    expect(await taxId.inputValue()).toBe('');
    await reloadApp(page);
    await areaHeading(page, 'settings').waitFor({ state: 'visible' });
    expect(await businessName.inputValue()).toBe('Lindqvist Studio');
    expect(await restoredNotice(page).count()).toBe(0);

    await taxId.fill('DE987654321');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByRole('status').filter({ hasText: 'Settings saved' }).waitFor({ state: 'visible' });
    await reloadApp(page);
    await areaHeading(page, 'settings').waitFor({ state: 'visible' });
    expect(await taxId.inputValue()).toBe('DE987654321');
    expect(await restoredNotice(page).count()).toBe(0);
  });

  it('Invoice builder: a client, a tax rate and an extra line survive a reload', async () => {
    const page = session.page();
    await openInvoicesWithDemoData(page);
    await page.getByRole('link', { name: 'New invoice' }).click();
    await page.getByRole('heading', { level: 1, name: 'New invoice' }).waitFor({ state: 'visible' });
    await page.getByLabel('Client', { exact: true }).selectOption({ label: CLIENT });
    await page.getByRole('button', { name: 'Add line' }).click();
    const lineCount = await page.getByRole('table', { name: 'Invoice lines' }).getByRole('row').count();
    const manual = `line ${lineCount - 1}`;
    await page.getByLabel(`Description of ${manual}`).fill(EXPENSE);
    await page.getByLabel(`Unit price of ${manual}`).fill('240');
    await page.getByLabel('Tax rate', { exact: true }).fill('20');

    await reloadApp(page);
    await page.getByRole('heading', { level: 1, name: 'New invoice' }).waitFor({ state: 'visible' });
    await restoredNotice(page).waitFor({ state: 'visible' });
    expect(await page.getByLabel('Client', { exact: true }).locator('option:checked').innerText()).toBe(CLIENT);
    expect(await page.getByLabel(`Description of ${manual}`).inputValue()).toBe(EXPENSE);
    expect(await page.getByLabel(`Unit price of ${manual}`).inputValue()).toBe('240');
    expect(await page.getByLabel('Tax rate', { exact: true }).inputValue()).toBe('20');

    await restoredNotice(page).getByRole('button', { name: 'Discard changes' }).click();
    await restoredNotice(page).waitFor({ state: 'detached' });
    expect(await page.getByLabel(`Description of ${manual}`).count()).toBe(0);
  });

  it('Proposal: leaving a half-written one through the sidebar asks first, and the draft is there on return', async () => {
    const page = session.page();
    await openApp(page, '#/proposals/new');
    const title = page.getByRole('textbox', { name: 'Title' });
    await title.fill('Membership site with class booking');

    await areaLink(page, 'clients').click();
    await leaveDialog(page).waitFor({ state: 'visible' });
    await leaveDialog(page).getByRole('button', { name: 'Stay' }).click();
    await leaveDialog(page).waitFor({ state: 'hidden' });
    expect(await title.inputValue()).toBe('Membership site with class booking');
    expect(page.url()).toContain('#/proposals/new');

    await areaLink(page, 'clients').click();
    await leaveDialog(page).getByRole('button', { name: 'Leave', exact: true }).click();
    await areaHeading(page, 'clients').waitFor({ state: 'visible' });

    await page.goBack();
    await title.waitFor({ state: 'visible' });
    await restoredNotice(page).waitFor({ state: 'visible' });
    expect(await title.inputValue()).toBe('Membership site with class booking');
  });

  it('Client: closing or reloading the tab with changes asks the browser to confirm; without changes it does not', async () => {
    const page = session.page();
    const dialogs = browserDialogs(page);
    await openApp(page, '#/clients/new');
    const name = page.getByRole('textbox', { name: 'Name', exact: true });
    await name.waitFor({ state: 'visible' });
    await name.click();
    await reloadApp(page);
    await name.waitFor({ state: 'visible' });
    expect(dialogs).toEqual([]);

    await name.fill('Harbourline Fitness');
    await reloadApp(page);
    await expect.poll(() => dialogs).toEqual(['beforeunload']);
    await restoredNotice(page).waitFor({ state: 'visible' });
    expect(await name.inputValue()).toBe('Harbourline Fitness');
  });
});
