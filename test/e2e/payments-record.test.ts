import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { areaHeading, openApp, useBrowserSession } from './browser';
import { MONDAY_TEN_BERLIN, TIME_TEST_CONTEXT } from './time-helpers';

function paymentRows(page: Page) {
  return page.getByRole('table', { name: 'Payments' }).getByRole('row').filter({ has: page.getByRole('cell') });
}

async function openPaymentsWithDemoData(page: Page): Promise<void> {
  await page.clock.install({ time: MONDAY_TEN_BERLIN });
  await openApp(page, '#/payments');
  await areaHeading(page, 'payments').waitFor({ state: 'visible' });
  await page.getByRole('button', { name: 'Load demo data', exact: true }).click();
  await page.getByRole('status').filter({ hasText: 'Demo data loaded' }).waitFor({ state: 'visible' });
  await page.getByRole('table', { name: 'Payments' }).waitFor({ state: 'visible' });
}

function filters(page: Page) {
  return page.getByRole('search', { name: 'Filter payments' });
}

describe('payments', () => {
  const session = useBrowserSession(TIME_TEST_CONTEXT);

  it('records marketplace earnings without an invoice, in their currency and in the base currency at the rate typed', async () => {
    const page = session.page();
    await openPaymentsWithDemoData(page);
    await page.getByRole('link', { name: 'Record payment' }).click();
    await page.getByRole('heading', { level: 1, name: 'Record payment' }).waitFor({ state: 'visible' });
    const form = page.getByRole('form', { name: 'Record payment' });
    await form.getByLabel('Client', { exact: true }).selectOption({ label: 'Quillfeather Capital' });
    expect(await form.getByLabel('Invoice', { exact: true }).inputValue()).toBe('');
    expect(await form.getByLabel('Currency').inputValue()).toBe('USD');

    await form.getByLabel('Amount received').fill('1,0');
    await form.getByRole('button', { name: 'Save payment' }).click();
    await form.getByText('Use "." for decimals and "," to group digits, as in 1,234.50').waitFor({ state: 'visible' });
    expect(await form.getByLabel('Amount received').getAttribute('aria-invalid')).toBe('true');

    await form.getByLabel('Date').fill('2026-11-20');
    await form.getByLabel('Method').selectOption({ label: 'Platform payout' });
    await form.getByLabel('Amount received').fill('1,250.00');
    await form.getByLabel('Fee').fill('125');
    await form.getByLabel('Exchange rate').fill('0.9');
    await form.getByLabel('Reference').fill('=November payout');
    await form.getByText('€1,125.00').waitFor({ state: 'visible' });
    await form.getByRole('button', { name: 'Save payment' }).click();

    await page.getByRole('status').filter({ hasText: 'Payment of US$1,250.00 recorded' }).waitFor({ state: 'visible' });
    await page.getByRole('heading', { level: 1, name: 'Payments' }).waitFor({ state: 'visible' });
    const recorded = paymentRows(page).filter({ hasText: '=November payout' });
    await recorded.waitFor({ state: 'visible' });
    const text = await recorded.innerText();
    expect(text).toContain('Quillfeather Capital');
    expect(text).toContain('No invoice');
    expect(text).toContain('US$1,125.00');
    expect(text).toContain('€1,125.00');
  });

  it('filters by client, period and method, and exports what it shows', async () => {
    const page = session.page();
    await openPaymentsWithDemoData(page);
    const everything = await paymentRows(page).count();

    await filters(page).getByLabel('Method').selectOption({ label: 'Platform payout' });
    await expect.poll(async () => (await paymentRows(page).allInnerTexts()).every((row) => row.includes('Platform payout'))).toBe(true);
    const platform = await paymentRows(page).count();
    expect(platform).toBeLessThan(everything);

    await filters(page).getByLabel('Client').selectOption({ label: 'Tidewater Freight Systems' });
    await filters(page).getByLabel('From').fill('2026-10-01');
    await filters(page).getByLabel('To').fill('2026-11-30');
    await expect.poll(async () => (await paymentRows(page).allInnerTexts()).every((row) => row.includes('Tidewater Freight Systems') && / (Oct|Nov) 2026/.test(row))).toBe(true);
    const shown = await paymentRows(page).count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(platform);
    expect(page.url()).toContain('from=2026-10-01');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export payments CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('Payments 2026-10-01 to 2026-11-30.csv');
    const csv = readFileSync(await file.path(), 'utf8');
    expect(csv.startsWith('\uFEFFDate,Client,Invoice,Method,Reference,Currency,Amount,Fee,Net,Exchange rate,Base currency,Base amount\r\n')).toBe(true);
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(shown + 1);
    expect(lines.slice(1).every((line) => /^2026-1[01]-\d{2},Tidewater Freight Systems,,Platform payout,/.test(line))).toBe(true);

    await filters(page).getByLabel('To').fill('2026-09-01');
    await page.getByRole('table', { name: 'Payments' }).getByText('The end of the period is before its start').waitFor({ state: 'visible' });
    await filters(page).getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => paymentRows(page).count()).toBe(everything);
  });
});
