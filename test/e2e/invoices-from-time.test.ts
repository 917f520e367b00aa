import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserSession } from './browser';
import { builderLineDescriptions, invoiceTotal, openInvoicesWithDemoData, previewDocument, printedText, totalsOf, unbilledTime } from './invoices-helpers';
import { dayList, MONDAY_TEN_BERLIN, TIME_TEST_CONTEXT } from './time-helpers';

/** A marketplace client the demo never invoices: every entry of theirs on an invoice is on the one this test issues. */
const CLIENT = 'Tidewater Freight Systems';
const EXPENSE = 'Travel to the kickoff workshop';

async function status(page: Page, text: string | RegExp): Promise<void> {
  await page.getByRole('status').filter({ hasText: text }).waitFor({ state: 'visible' });
}

function recordPaymentDialog(page: Page) {
  return page.getByRole('dialog', { name: 'Record payment' });
}

describe('an invoice from tracked time', () => {
  const session = useBrowserSession(TIME_TEST_CONTEXT);

  it('is built from unbilled time, issued with a number, printed, paid in two parts, and locks its time', async () => {
    const page = session.page();
    await page.clock.install({ time: MONDAY_TEN_BERLIN });
    await openInvoicesWithDemoData(page);

    await page.getByRole('link', { name: 'New invoice' }).click();
    await page.getByRole('heading', { level: 1, name: 'New invoice' }).waitFor({ state: 'visible' });
    await page.getByLabel('Client', { exact: true }).selectOption({ label: CLIENT });

    const entries = unbilledTime(page).getByRole('checkbox');
    await entries.first().waitFor({ state: 'visible' });
    const offered = await entries.count();
    expect(offered).toBeGreaterThan(2);
    await unbilledTime(page).getByText(`${offered} of ${offered} entries ticked`).waitFor({ state: 'visible' });
    const deselected = entries.first();
    const deselectedName = await deselected.evaluate((input) => (input instanceof HTMLInputElement ? (input.labels?.[0]?.textContent ?? '') : ''));
    expect(deselectedName).toMatch(/^\d{1,2} \w{3} \d{4} \S/);
    await deselected.uncheck();
    await unbilledTime(page).getByText(`${offered - 1} of ${offered} entries ticked`).waitFor({ state: 'visible' });

    await page.getByLabel('Grouping').selectOption({ label: 'One line per project' });
    await page.getByRole('button', { name: 'Add line' }).click();
    const lineCount = await page.getByRole('table', { name: 'Invoice lines' }).getByRole('row').count();
    const manual = `line ${lineCount - 1}`;
    await page.getByLabel(`Description of ${manual}`).fill(EXPENSE);
    await page.getByLabel(`Quantity of ${manual}`).fill('1');
    await page.getByLabel(`Unit price of ${manual}`).fill('240');
    await page.getByLabel('Tax rate', { exact: true }).fill('20');

    const lines = await builderLineDescriptions(page);
    expect(lines).toContain(EXPENSE);
    expect(lines.length).toBeGreaterThan(1);
    const totals = await totalsOf(invoiceTotal(page));
    expect(totals.Total).toMatch(/^US\$[\d,]+\.\d{2}$/);

    await page.getByRole('button', { name: 'Issue invoice' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Issue invoice?' });
    await confirm.waitFor({ state: 'visible' });
    await confirm.getByRole('button', { name: 'Issue', exact: true }).click();
    const heading = page.getByRole('heading', { level: 1, name: /^Invoice \d{4}-\d{4}$/ });
    await heading.waitFor({ state: 'visible' });
    const number = (await heading.innerText()).replace('Invoice ', '');
    await status(page, `Invoice ${number} issued`);

    await page.getByRole('button', { name: 'Save PDF' }).click();
    await status(page, `Opened the print dialog for Invoice ${number}: choose “Save as PDF” there to keep a file`);

    const text = await printedText(session.context(), await previewDocument(page));
    expect(text).toContain(`No. ${number}`);
    expect(text).toContain('Lindqvist Studio');
    expect(text).toContain(CLIENT);
    for (const line of lines) expect(text).toContain(line);
    for (const figure of ['Net', 'Total']) expect(text).toContain(totals[figure]);
    const taxLine = Object.keys(totals).find((term) => term.startsWith('Tax 20'));
    expect(taxLine).toBeDefined();
    expect(text).toContain(totals[taxLine ?? '']);

    await page.getByRole('button', { name: 'Record payment' }).click();
    await recordPaymentDialog(page).waitFor({ state: 'visible' });
    // The rate is prefilled from the last payment in this currency, read after the dialog opens.
    await expect.poll(() => recordPaymentDialog(page).getByLabel('Exchange rate').inputValue()).not.toBe('');
    await recordPaymentDialog(page).getByLabel('Amount received').fill('500');
    await recordPaymentDialog(page).getByLabel('Fee').fill('50');
    await recordPaymentDialog(page).getByRole('button', { name: 'Save payment' }).click();
    await status(page, `Invoice ${number} is now partly paid`);
    await page.getByText('Partly paid', { exact: true }).first().waitFor({ state: 'visible' });

    await page.getByRole('button', { name: 'Record payment' }).click();
    await recordPaymentDialog(page).waitFor({ state: 'visible' });
    await recordPaymentDialog(page).getByRole('button', { name: 'Save payment' }).click();
    await status(page, `Invoice ${number} is now paid`);
    await page.getByText('Paid in full', { exact: true }).waitFor({ state: 'visible' });
    expect(await page.getByRole('button', { name: 'Record payment' }).count()).toBe(0);

    await page.getByRole('link', { name: 'Time', exact: true }).click();
    await page.getByLabel('Client', { exact: true }).selectOption({ label: CLIENT });
    await page.getByLabel('Invoiced', { exact: true }).selectOption({ label: 'Invoiced' });
    const invoicedRow = dayList(page).getByRole('listitem').filter({ hasText: number }).first();
    await invoicedRow.waitFor({ state: 'visible' });
    await invoicedRow.getByRole('button', { name: /^More actions for / }).click();
    const menu = page.getByRole('menu', { name: /^More actions for / });
    await menu.waitFor({ state: 'visible' });
    const reason = `This entry is on invoice ${number} and cannot change`;
    await menu.getByText(`${reason}.`).waitFor({ state: 'visible' });
    const edit = menu.getByRole('menuitem', { name: 'Edit…' });
    expect(await edit.getAttribute('aria-disabled')).toBe('true');
    expect(await edit.getAttribute('title')).toBe(reason);
    await edit.focus();
    await page.keyboard.press('Enter');
    await menu.getByText(`${reason}.`).waitFor({ state: 'visible' });
    expect(await page.getByRole('dialog').count()).toBe(0);
  });
});
