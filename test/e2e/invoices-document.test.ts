import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { goToArea, useBrowserSession } from './browser';
import { openInvoicesWithDemoData, previewDocument } from './invoices-helpers';
import { MONDAY_TEN_BERLIN, TIME_TEST_CONTEXT } from './time-helpers';

/** The demo's one draft, opened from the Invoices list. */
async function openDemoDraft(page: Page): Promise<void> {
  await goToArea(page, 'invoices');
  await page.getByRole('table', { name: 'Invoices' }).getByRole('link', { name: 'Draft invoice', exact: true }).click();
  await page.getByTitle('Invoice preview').waitFor({ state: 'visible' });
}

function previewFrame(page: Page) {
  return page.frameLocator('iframe[title="Invoice preview"]');
}

describe('the invoice document', () => {
  const session = useBrowserSession(TIME_TEST_CONTEXT);

  it('shows a draft with the business name from Settings after a rename, and the new payment details with it', async () => {
    const page = session.page();
    await page.clock.install({ time: MONDAY_TEN_BERLIN });
    await openInvoicesWithDemoData(page);

    await goToArea(page, 'settings');
    await page.getByRole('textbox', { name: 'Business name', exact: true }).fill('Mara Lindqvist Design');
    await page.getByRole('textbox', { name: 'Payment instructions', exact: true }).fill('IBAN DE02 1203 0000 0000 2020 51');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByRole('status').filter({ hasText: 'Settings saved' }).waitFor({ state: 'visible' });

    await openDemoDraft(page);
    await previewFrame(page).getByText('Mara Lindqvist Design', { exact: true }).waitFor({ state: 'visible' });
    const html = await previewDocument(page);
    expect(html).toContain('IBAN DE02 1203 0000 0000 2020 51');
    expect(html).not.toContain('Lindqvist Studio');
  });

  it('writes the invoice of a client with German as its invoice language in German: title, dates and numbers', async () => {
    const page = session.page();
    await page.clock.install({ time: MONDAY_TEN_BERLIN });
    await openInvoicesWithDemoData(page);

    await goToArea(page, 'clients');
    await page.getByRole('table', { name: 'Clients' }).getByRole('link', { name: 'Northwind Analytics', exact: true }).click();
    await page.getByRole('button', { name: 'Edit client', exact: true }).click();
    await page.getByRole('combobox', { name: 'Invoice language', exact: true }).selectOption({ label: 'German (Deutsch)' });
    await page.getByRole('button', { name: 'Save client', exact: true }).click();
    await page.getByRole('region', { name: 'Details', exact: true }).waitFor({ state: 'visible' });

    await openDemoDraft(page);
    const preview = previewFrame(page);
    await preview.getByRole('heading', { level: 1, name: 'Rechnung', exact: true }).waitFor({ state: 'visible' });
    const draftText = await preview.getByRole('table').first().innerText();
    expect(draftText).toMatch(/\d+,\d\d Stunden/);
    expect(draftText).toMatch(/\d+,\d\d\s€/);
    expect(draftText).not.toMatch(/Quantity|hours|€\d/);

    await page.getByRole('button', { name: 'Issue invoice', exact: true }).click();
    await page.getByRole('alertdialog', { name: 'Issue invoice?' }).getByRole('button', { name: 'Issue', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: /^Invoice \d{4}-\d{4}$/ }).waitFor({ state: 'visible' });
    await preview.getByText('Rechnungsdatum', { exact: true }).waitFor({ state: 'visible' });
    expect(await preview.getByRole('definition').first().innerText()).toBe('23. November 2026');
  });
});
