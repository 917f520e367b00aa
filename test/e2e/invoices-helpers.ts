import type { BrowserContext, Locator, Page } from 'playwright-core';
import { areaHeading, openApp } from './browser';
import { pdfText } from './pdf-text';

/** Opens the Invoices screen and loads the demo freelancer from its empty state. */
export async function openInvoicesWithDemoData(page: Page): Promise<void> {
  await openApp(page, '#/invoices');
  await areaHeading(page, 'invoices').waitFor({ state: 'visible' });
  await page.getByRole('button', { name: 'Load demo data', exact: true }).click();
  await page.getByRole('status').filter({ hasText: 'Demo data loaded' }).waitFor({ state: 'visible' });
  await page.getByRole('table', { name: 'Invoices' }).waitFor({ state: 'visible' });
}

/** Opens the first invoice of the list's Paid tab: in the demo, one paid in full by a single payment. */
export async function openFirstPaidInvoice(page: Page): Promise<void> {
  await page.getByRole('group', { name: 'Show invoices' }).getByRole('button', { name: /^Paid \d+$/ }).click();
  await page.getByRole('table', { name: 'Invoices' }).getByRole('row').filter({ has: page.getByRole('cell') }).first().getByRole('link').first().click();
  await page.getByRole('heading', { level: 1, name: /^Invoice \d{4}-\d{4}$/ }).waitFor({ state: 'visible' });
}

/** From the Invoices screen, starts a new invoice for `client` and waits for its unbilled time. */
export async function startInvoice(page: Page, client: string): Promise<void> {
  await page.getByRole('link', { name: 'New invoice' }).click();
  await page.getByLabel('Client', { exact: true }).selectOption({ label: client });
  await unbilledTime(page).getByRole('checkbox').first().waitFor({ state: 'visible' });
}

export function unbilledTime(page: Page): Locator {
  return page.getByRole('region', { name: 'Unbilled time' });
}

export function invoiceTotal(page: Page): Locator {
  return page.getByRole('complementary', { name: 'Invoice total' });
}

/** The figures of a totals list (term → amount as shown), e.g. { Net: '$1,234.00', Total: '$1,468.46' }. */
export async function totalsOf(container: Locator): Promise<Record<string, string>> {
  const terms = await container.getByRole('term').allInnerTexts();
  const amounts = await container.getByRole('definition').allInnerTexts();
  return Object.fromEntries(terms.map((term, index) => [term.split('\n')[0]?.trim() ?? term, (amounts[index] ?? '').trim()]));
}

/** The first line of each row's first cell in the builder's lines table: the lines' descriptions. */
export async function builderLineDescriptions(page: Page): Promise<string[]> {
  const rows = page.getByRole('table', { name: 'Invoice lines' }).getByRole('row');
  const descriptions: string[] = [];
  for (const row of await rows.all()) {
    const cells = row.getByRole('cell');
    if ((await cells.count()) < 2) continue;
    const first = cells.first();
    const input = first.getByRole('textbox');
    const text = (await input.count()) > 0 ? await input.inputValue() : ((await first.innerText()).split('\n')[0] ?? '');
    descriptions.push(text.trim());
  }
  return descriptions;
}

/** The document in the invoice preview, as the app rendered it. */
export async function previewDocument(page: Page): Promise<string> {
  const frame = page.getByTitle('Invoice preview');
  await frame.waitFor({ state: 'attached' });
  const html = await frame.getAttribute('srcdoc');
  if (html === null) throw new Error('The invoice preview has no document');
  return html;
}

/**
 * Prints a document to PDF through Chromium, as the desktop app's printToPDF does, and returns the PDF's text with
 * each table row on one line (see pdfText).
 */
export async function printedText(context: BrowserContext, html: string): Promise<string> {
  const printer = await context.newPage();
  try {
    await printer.setContent(html, { waitUntil: 'load' });
    return await pdfText(new Uint8Array(await printer.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true })));
  } finally {
    await printer.close();
  }
}
