import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { areaHeading, openApp, useBrowserSession } from './browser';
import { openFirstPaidInvoice, openInvoicesWithDemoData } from './invoices-helpers';
import { MONDAY_TEN_BERLIN, TIME_TEST_CONTEXT } from './time-helpers';

function paymentRows(page: Page) {
  return page.getByRole('table', { name: 'Payments' }).getByRole('row').filter({ has: page.getByRole('cell') });
}

function invoiceStatus(page: Page, status: string) {
  return page.getByRole('main').getByText(status, { exact: true }).first();
}

describe('correcting payments', () => {
  const session = useBrowserSession(TIME_TEST_CONTEXT);

  it('edits a payment from its invoice page, and the paid invoice is owed on again', async () => {
    const page = session.page();
    await page.clock.install({ time: MONDAY_TEN_BERLIN });
    await openInvoicesWithDemoData(page);
    await openFirstPaidInvoice(page);
    await invoiceStatus(page, 'Paid').waitFor({ state: 'visible' });

    const payments = page.getByRole('region', { name: 'Payments' });
    await payments.getByRole('button', { name: /^Edit payment of / }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Edit payment' });
    await dialog.waitFor({ state: 'visible' });
    expect(await dialog.getByLabel('Amount received').inputValue()).not.toBe('');
    await dialog.getByLabel('Amount received').fill('100.00');
    await dialog.getByRole('button', { name: 'Save payment' }).click();

    await page.getByRole('status').filter({ hasText: /^Payment of \D*100\.00 on .+ saved$/ }).waitFor({ state: 'visible' });
    await dialog.waitFor({ state: 'hidden' });
    // The demo's paid invoices are past their due date, so one no longer paid in full is overdue.
    await invoiceStatus(page, 'Overdue').waitFor({ state: 'visible' });
    expect(await invoiceStatus(page, 'Paid').count()).toBe(0);
    await page.getByText(/^\D*100\.00 of \D*[\d,.]+ received$/).waitFor({ state: 'visible' });
    await payments.getByRole('button', { name: /^Edit payment of \D*100\.00 on / }).waitFor({ state: 'visible' });
  });

  it('deletes a payment from the Payments screen, and Undo brings it back', async () => {
    const page = session.page();
    await page.clock.install({ time: MONDAY_TEN_BERLIN });
    await openApp(page, '#/payments');
    await areaHeading(page, 'payments').waitFor({ state: 'visible' });
    await page.getByRole('button', { name: 'Load demo data', exact: true }).click();
    await page.getByRole('table', { name: 'Payments' }).waitFor({ state: 'visible' });
    const before = await paymentRows(page).count();
    const firstRow = paymentRows(page).first();
    const rowText = await firstRow.innerText();

    const remove = firstRow.getByRole('button', { name: /^Delete payment of / });
    const name = (await remove.getAttribute('aria-label')) ?? '';
    expect(name).toMatch(/^Delete payment of .+ on .+/);
    await remove.click();

    const described = name.replace(/^Delete p/, 'P');
    await page.getByRole('status').filter({ hasText: `${described} deleted` }).waitFor({ state: 'visible' });
    await expect.poll(() => paymentRows(page).count()).toBe(before - 1);
    expect(await paymentRows(page).allInnerTexts()).not.toContain(rowText);

    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('status').filter({ hasText: `${described} restored` }).waitFor({ state: 'visible' });
    await expect.poll(() => paymentRows(page).count()).toBe(before);
    expect(await paymentRows(page).first().innerText()).toBe(rowText);
  });
});
