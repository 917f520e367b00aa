import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { accessibleDescription, useBrowserSession } from './browser';
import { builderLineDescriptions, openInvoicesWithDemoData, startInvoice } from './invoices-helpers';
import { MONDAY_TEN_BERLIN, TIME_TEST_CONTEXT } from './time-helpers';

const BELOW_ZERO = 'This invoice totals less than zero, so it cannot be issued: an invoice never asks for a negative amount. Issue a credit note against the invoice it corrects instead';

async function addLine(page: Page, description: string, unitPrice: string): Promise<void> {
  await page.getByRole('button', { name: 'Add line' }).click();
  const lineNumber = (await builderLineDescriptions(page)).length;
  await page.getByLabel(`Description of line ${lineNumber}`).fill(description);
  await page.getByLabel(`Unit price of line ${lineNumber}`).fill(unitPrice);
}

describe('an invoice that would total less than nothing', () => {
  const session = useBrowserSession(TIME_TEST_CONTEXT);

  it('refuses a discount larger than the invoice, naming the discount, as it refuses a percentage over 100', async () => {
    const page = session.page();
    await page.clock.install({ time: MONDAY_TEN_BERLIN });
    await openInvoicesWithDemoData(page);
    await startInvoice(page, 'Quillfeather Capital');
    await page.getByLabel('Discount as').selectOption({ label: 'Amount (USD)' });
    await page.getByLabel('Discount', { exact: true }).fill('999999');
    await page.getByRole('button', { name: 'Save draft' }).click();

    const problems = page.getByRole('complementary', { name: 'Invoice total' }).getByRole('alert');
    await problems.getByText(/^Discount: At most US\$[\d,]+\.\d{2}, the total of the lines$/).waitFor({ state: 'visible' });
    expect(await page.getByLabel('Discount', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByRole('heading', { level: 1, name: 'New invoice' }).isVisible()).toBe(true);
  });

  it('warns on the form and on the saved draft, and offers no Issue, saying why', async () => {
    const page = session.page();
    await page.clock.install({ time: MONDAY_TEN_BERLIN });
    await openInvoicesWithDemoData(page);
    await startInvoice(page, 'Quillfeather Capital');
    await addLine(page, 'Refund of the overbilled sprint', '-999999');

    const summary = page.getByRole('complementary', { name: 'Invoice total' });
    await summary.getByText(BELOW_ZERO).waitFor({ state: 'visible' });
    const builderIssue = summary.getByRole('button', { name: 'Issue invoice' });
    expect(await builderIssue.isDisabled()).toBe(true);
    expect(await accessibleDescription(builderIssue)).toContain(BELOW_ZERO);

    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByRole('heading', { level: 1, name: 'Draft invoice' }).waitFor({ state: 'visible' });
    await page.getByRole('main').getByText(BELOW_ZERO).waitFor({ state: 'visible' });
    const draftIssue = page.getByRole('button', { name: 'Issue invoice' });
    expect(await draftIssue.isDisabled()).toBe(true);
    expect(await accessibleDescription(draftIssue)).toContain(BELOW_ZERO);
    expect(await page.getByRole('link', { name: 'Edit draft' }).isVisible()).toBe(true);
  });
});
