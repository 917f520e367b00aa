import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserSession } from './browser';
import { openInvoicesWithDemoData } from './invoices-helpers';
import { MONDAY_TEN_BERLIN, TIME_TEST_CONTEXT } from './time-helpers';

function invoiceRows(page: Page) {
  return page.getByRole('table', { name: 'Invoices' }).getByRole('row').filter({ has: page.getByRole('cell') });
}

function tab(page: Page, label: string) {
  return page.getByRole('group', { name: 'Show invoices' }).getByRole('button', { name: new RegExp(`^${label} \\d+$`) });
}

async function tabCount(page: Page, label: string): Promise<number> {
  return Number((await tab(page, label).innerText()).replace(/\D/g, ''));
}

describe('the invoice list', () => {
  const session = useBrowserSession(TIME_TEST_CONTEXT);

  it('shows invoices by status, with what is owed and what is late', async () => {
    const page = session.page();
    await page.clock.install({ time: MONDAY_TEN_BERLIN });
    await openInvoicesWithDemoData(page);
    const all = await invoiceRows(page).count();
    expect(await tabCount(page, 'All')).toBe(all);

    await tab(page, 'Overdue').click();
    expect(await tab(page, 'Overdue').getAttribute('aria-pressed')).toBe('true');
    const overdue = await tabCount(page, 'Overdue');
    expect(overdue).toBeGreaterThan(0);
    await expect.poll(() => invoiceRows(page).count()).toBe(overdue);
    for (const row of await invoiceRows(page).all()) {
      expect(await row.innerText()).toMatch(/Overdue/);
      expect(await row.innerText()).toMatch(/\d+ days? overdue/);
    }
    expect(page.url()).toContain('status=overdue');

    await tab(page, 'Paid').click();
    await expect.poll(() => invoiceRows(page).count()).toBe(await tabCount(page, 'Paid'));
    for (const row of await invoiceRows(page).all()) expect(await row.innerText()).toContain('Settled');

    await tab(page, 'Drafts').click();
    await expect.poll(() => invoiceRows(page).count()).toBe(await tabCount(page, 'Drafts'));
    await invoiceRows(page).first().getByRole('link', { name: 'Draft invoice' }).click();
    await page.getByRole('heading', { level: 1, name: 'Draft invoice' }).waitFor({ state: 'visible' });
    expect(await page.getByRole('button', { name: 'Issue invoice' }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Edit draft' }).isVisible()).toBe(true);
  });

  it('exports the invoices in view as a CSV file a spreadsheet opens safely', async () => {
    const page = session.page();
    await page.clock.install({ time: MONDAY_TEN_BERLIN });
    await openInvoicesWithDemoData(page);
    await tab(page, 'Outstanding').click();
    const outstanding = await tabCount(page, 'Outstanding');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export invoices CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('Invoices (Outstanding) 2026-11-23.csv');
    const csv = readFileSync(await file.path(), 'utf8');
    expect(csv.startsWith('\uFEFFNumber,Type,Status,Client,Issue date,Due date,Currency,Net,Tax,Gross,Paid,Outstanding,Credits invoice\r\n')).toBe(true);
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(outstanding + 1);
    expect(lines.slice(1).every((line) => /^\d{4}-\d{4},Invoice,(Issued|Sent|Partly paid|Overdue),/.test(line))).toBe(true);
    await page.getByRole('status').filter({ hasText: `Exported ${outstanding} invoice` }).waitFor({ state: 'visible' });
  });
});
