import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserSession } from './browser';
import { builderLineDescriptions, openInvoicesWithDemoData, startInvoice } from './invoices-helpers';
import { MONDAY_TEN_BERLIN, TIME_TEST_CONTEXT } from './time-helpers';

async function status(page: Page, text: string | RegExp): Promise<void> {
  await page.getByRole('status').filter({ hasText: text }).waitFor({ state: 'visible' });
}

async function storedInvoiceCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('repute');
        request.onerror = () => reject(new Error('The app database did not open'));
        request.onsuccess = () => {
          const count = request.result.transaction('invoices', 'readonly').objectStore('invoices').count();
          count.onsuccess = () => {
            request.result.close();
            resolve(count.result);
          };
        };
      }),
  );
}

function row(page: Page, number: string) {
  return page.getByRole('table', { name: 'Invoices' }).getByRole('row').filter({ has: page.getByRole('link', { name: `Invoice ${number}`, exact: true }) });
}

describe('the invoice lifecycle', () => {
  const session = useBrowserSession(TIME_TEST_CONTEXT);

  it('refuses a line it cannot read, naming the line and field, and saves nothing', async () => {
    const page = session.page();
    await page.clock.install({ time: MONDAY_TEN_BERLIN });
    await openInvoicesWithDemoData(page);
    const before = await storedInvoiceCount(page);
    await startInvoice(page, 'Quillfeather Capital');

    await page.getByRole('button', { name: 'Add line' }).click();
    const lineNumber = (await builderLineDescriptions(page)).length;
    await page.getByLabel(`Description of line ${lineNumber}`).fill('Hosting');
    await page.getByLabel(`Unit price of line ${lineNumber}`).fill('12.345');
    await page.getByLabel('Discount', { exact: true }).fill('120');
    await page.getByRole('button', { name: 'Save draft' }).click();

    const problems = page.getByRole('complementary', { name: 'Invoice total' }).getByRole('alert');
    await problems.getByText(`Line ${lineNumber}, unit price: USD amounts have at most 2 decimals`).waitFor({ state: 'visible' });
    await problems.getByText('Discount: At most 100 %').waitFor({ state: 'visible' });
    expect(await page.getByLabel(`Unit price of line ${lineNumber}`).getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Discount', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await page.getByRole('button', { name: 'Issue invoice' }).click();
    expect(await page.getByRole('alertdialog', { name: 'Issue invoice?' }).count()).toBe(0);
    expect(await storedInvoiceCount(page)).toBe(before);
  });

  it('keeps a draft as it was built, reopens it for editing, and deletes it with an undo', async () => {
    const page = session.page();
    await page.clock.install({ time: MONDAY_TEN_BERLIN });
    await openInvoicesWithDemoData(page);
    await startInvoice(page, 'Kestrel Trail Outfitters');
    await page.getByLabel('Grouping').selectOption({ label: 'Per project and description' });
    await page.getByRole('button', { name: 'Add line' }).click();
    const lineNumber = (await builderLineDescriptions(page)).length;
    await page.getByLabel(`Description of line ${lineNumber}`).fill('Stock photography licence');
    await page.getByLabel(`Unit price of line ${lineNumber}`).fill('35');
    await page.getByLabel('Reverse charge').check();
    const lines = await builderLineDescriptions(page);

    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByRole('heading', { level: 1, name: 'Draft invoice' }).waitFor({ state: 'visible' });
    await status(page, 'Draft saved');

    await page.getByRole('link', { name: 'Edit draft' }).click();
    await page.getByRole('heading', { level: 1, name: 'Edit draft' }).waitFor({ state: 'visible' });
    await page.getByRole('table', { name: 'Invoice lines' }).getByText(lines[0] ?? '').waitFor({ state: 'visible' });
    expect(await builderLineDescriptions(page)).toEqual(lines);
    expect(await page.getByLabel('Grouping').inputValue()).toBe('projectDescription');
    expect(await page.getByLabel('Reverse charge').isChecked()).toBe(true);
    expect(await page.getByLabel('Client', { exact: true }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Save draft' }).click();
    await status(page, 'Draft updated');

    await page.getByRole('button', { name: 'Delete draft' }).click();
    await page.getByRole('heading', { level: 1, name: 'Invoices' }).waitFor({ state: 'visible' });
    await status(page, 'Draft deleted');
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('heading', { level: 1, name: 'Draft invoice' }).waitFor({ state: 'visible' });
  });

  it('voids an unpaid invoice, keeping its number, and cancels a paid one with a credit note', async () => {
    const page = session.page();
    await page.clock.install({ time: MONDAY_TEN_BERLIN });
    await openInvoicesWithDemoData(page);

    await row(page, '2026-0008').getByRole('link').click();
    await page.getByRole('button', { name: 'Void invoice' }).click();
    await page.getByRole('alertdialog', { name: 'Void invoice?' }).getByRole('button', { name: 'Void invoice' }).click();
    await status(page, 'Invoice 2026-0008 is void; its time can be billed again');
    await page.getByRole('heading', { level: 1, name: 'Invoice 2026-0008' }).waitFor({ state: 'visible' });
    await page.getByText('Void', { exact: true }).first().waitFor({ state: 'visible' });
    expect(await page.getByRole('button', { name: 'Record payment' }).count()).toBe(0);

    await page.getByRole('link', { name: 'Invoices', exact: true }).first().click();
    await row(page, '2026-0005').getByRole('link').click();
    await page.getByRole('button', { name: 'Create credit note' }).click();
    await page.getByRole('alertdialog', { name: 'Create credit note?' }).getByRole('button', { name: 'Create credit note' }).click();
    const heading = page.getByRole('heading', { level: 1, name: /^Credit note \d{4}-\d{4}$/ });
    await heading.waitFor({ state: 'visible' });
    await status(page, /cancels Invoice 2026-0005/);
    await page.getByRole('link', { name: 'Invoice 2026-0005' }).click();
    await page.getByRole('heading', { level: 1, name: 'Invoice 2026-0005' }).waitFor({ state: 'visible' });
    await page.getByText('Credited', { exact: true }).waitFor({ state: 'visible' });
    expect(await page.getByRole('button', { name: 'Create credit note' }).count()).toBe(0);
  });
});
