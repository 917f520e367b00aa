import type { Invoice, InvoiceLine, PartySnapshot } from '../model';
import { formatMoney } from '../money/format';
import { countryName, formatDocumentDate, formatQuantity, formatTaxRate } from './document-format';
import { escapeHtml, escapeHtmlLines } from './document-text';
import { invoiceDocumentStyle, type DocumentPalette } from './invoice-document-style';
import { invoiceLineAmount } from './invoice-totals';

export const REVERSE_CHARGE_NOTE = 'Reverse charge: VAT to be accounted for by the recipient (Article 196, Council Directive 2006/112/EC)';

export interface InvoiceDocumentInput {
  invoice: Invoice;
  /** Formats dates, quantities and money; the words stay English. */
  locale: string;
  /** For a credit note: the number of the invoice it cancels, shown beside its own dates. */
  creditedInvoiceNumber?: string;
  /** The document's colours, the same in either theme of the app. */
  palette: DocumentPalette;
}

interface DocumentContext {
  invoice: Invoice;
  locale: string;
  creditedInvoiceNumber: string | undefined;
  money: (amountMinor: number) => string;
}

function documentTitle(invoice: Invoice): string {
  return invoice.kind === 'creditNote' ? 'Credit note' : 'Invoice';
}

function paragraph(className: string, html: string): string {
  return html === '' ? '' : `<p class="${className}">${html}</p>`;
}

/**
 * Address, country (unless the address already names it), email and tax id, one per line. The country is named in
 * English, the document's language, whatever locale formats its numbers.
 */
function partyLines(party: PartySnapshot): string {
  const lines: string[] = [];
  if (party.address.trim() !== '') lines.push(escapeHtmlLines(party.address.trim()));
  if (party.country !== undefined && party.country !== '') {
    const name = countryName(party.country, 'en');
    if (!party.address.toLowerCase().includes(name.toLowerCase())) lines.push(escapeHtml(name));
  }
  if (party.email.trim() !== '') lines.push(escapeHtml(party.email.trim()));
  if (party.taxId.trim() !== '') lines.push(`Tax ID ${escapeHtml(party.taxId.trim())}`);
  return lines.join('<br>');
}

function masthead({ invoice }: DocumentContext): string {
  const seller = invoice.seller;
  const sellerBlock =
    seller === undefined
      ? '<div class="seller"></div>'
      : `<div class="seller"><p class="seller-name">${escapeHtml(seller.name)}</p>${paragraph('seller-lines', partyLines(seller))}</div>`;
  const number = invoice.number === undefined ? '<p class="draft-flag">Draft, not yet issued</p>' : `<p class="document-number">No. ${escapeHtml(invoice.number)}</p>`;
  return `<header class="masthead">${sellerBlock}<div class="title-block"><h1>${documentTitle(invoice)}</h1>${number}</div></header>`;
}

function amountDue(invoice: Invoice): { label: string; amountMinor: number } {
  if (invoice.kind === 'creditNote') return { label: 'Total credited', amountMinor: invoice.totals.grossMinor };
  if (invoice.paidMinor > 0) return { label: 'Balance due', amountMinor: Math.max(0, invoice.totals.grossMinor - invoice.paidMinor) };
  return { label: 'Amount due', amountMinor: invoice.totals.grossMinor };
}

function parties(context: DocumentContext): string {
  const { invoice, locale, money } = context;
  const buyer = invoice.buyer;
  const buyerBlock =
    buyer === undefined
      ? '<div class="buyer"></div>'
      : `<div class="buyer"><p class="label">${invoice.kind === 'creditNote' ? 'Credit to' : 'Bill to'}</p><p class="buyer-name">${escapeHtml(buyer.name)}</p>${paragraph('buyer-lines', partyLines(buyer))}</div>`;
  const facts: string[] = [];
  const fact = (label: string, value: string, className = 'fact') => `<div class="${className}"><dt>${label}</dt><dd>${escapeHtml(value)}</dd></div>`;
  if (invoice.issueDate !== undefined) facts.push(fact('Issue date', formatDocumentDate(invoice.issueDate, locale)));
  if (invoice.dueDate !== undefined && invoice.kind === 'invoice') facts.push(fact('Due date', formatDocumentDate(invoice.dueDate, locale)));
  if (invoice.kind === 'creditNote' && context.creditedInvoiceNumber !== undefined) facts.push(fact('Credits invoice', context.creditedInvoiceNumber));
  facts.push(fact('Currency', invoice.currency));
  const due = amountDue(invoice);
  facts.push(fact(due.label, money(due.amountMinor), 'fact due'));
  return `<section class="parties">${buyerBlock}<dl class="facts">${facts.join('')}</dl></section>`;
}

function lineRow(line: InvoiceLine, context: DocumentContext): string {
  const { invoice, locale, money } = context;
  const rate = invoice.reverseCharge ? 0 : line.taxRateBasisPoints;
  return (
    '<tr>' +
    `<td class="description">${escapeHtmlLines(line.description)}</td>` +
    `<td class="num">${escapeHtml(formatQuantity(line.quantityMilli, line.unit, locale))}</td>` +
    `<td class="num">${escapeHtml(money(line.unitPriceMinor))}</td>` +
    `<td class="num">${escapeHtml(formatTaxRate(rate, locale))}</td>` +
    `<td class="num">${escapeHtml(money(invoiceLineAmount(line)))}</td>` +
    '</tr>'
  );
}

function linesTable(context: DocumentContext): string {
  const rows = context.invoice.lines.map((line) => lineRow(line, context)).join('');
  return (
    '<table class="lines"><thead><tr><th class="description" scope="col">Description</th><th class="num" scope="col">Quantity</th>' +
    '<th class="num" scope="col">Unit price</th><th class="num" scope="col">Tax</th><th class="num" scope="col">Amount</th></tr></thead>' +
    `<tbody>${rows}</tbody></table>`
  );
}

function taxSummary({ invoice, locale, money }: DocumentContext): string {
  const rows = invoice.totals.taxGroups
    .map(
      (group) =>
        `<tr><td>${escapeHtml(formatTaxRate(group.rateBasisPoints, locale))}</td><td class="num">${escapeHtml(money(group.netMinor))}</td><td class="num">${escapeHtml(money(group.taxMinor))}</td></tr>`,
    )
    .join('');
  return `<table class="tax-summary"><thead><tr><th scope="col">Tax rate</th><th class="num" scope="col">Net</th><th class="num" scope="col">Tax</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function totalRow(label: string, amount: string, className = ''): string {
  const classAttribute = className === '' ? '' : ` class="${className}"`;
  return `<tr${classAttribute}><td>${label}</td><td class="num">${escapeHtml(amount)}</td></tr>`;
}

function totalsTable(context: DocumentContext): string {
  const { invoice, locale, money } = context;
  const linesTotal = invoice.lines.reduce((sum, line) => sum + invoiceLineAmount(line), 0);
  const discountMinor = linesTotal - invoice.totals.netMinor;
  const rows: string[] = [];
  if (discountMinor !== 0) {
    const share = invoice.discount?.kind === 'percent' ? ` (${escapeHtml(formatTaxRate(invoice.discount.basisPoints, locale))})` : '';
    rows.push(totalRow('Subtotal', money(linesTotal)), totalRow(`Discount${share}`, money(-discountMinor)));
  }
  rows.push(totalRow('Net', money(invoice.totals.netMinor), 'net'));
  for (const group of invoice.totals.taxGroups) {
    if (group.rateBasisPoints === 0 && !invoice.reverseCharge) continue;
    rows.push(totalRow(`Tax ${escapeHtml(formatTaxRate(group.rateBasisPoints, locale))}`, money(group.taxMinor)));
  }
  rows.push(totalRow(invoice.kind === 'creditNote' ? 'Total credited' : 'Total', money(invoice.totals.grossMinor), 'grand'));
  if (invoice.kind === 'invoice' && invoice.paidMinor > 0) {
    rows.push(totalRow('Paid', money(-invoice.paidMinor)), totalRow('Balance due', money(Math.max(0, invoice.totals.grossMinor - invoice.paidMinor)), 'balance'));
  }
  return `<table class="totals"><tbody>${rows.join('')}</tbody></table>`;
}

function closing(invoice: Invoice): string {
  const blocks: string[] = [];
  const instructions = invoice.paymentInstructions?.trim() ?? '';
  if (instructions !== '' && invoice.kind === 'invoice') blocks.push(`<div><p class="label">Payment</p><p>${escapeHtmlLines(instructions)}</p></div>`);
  if (invoice.notes.trim() !== '') blocks.push(`<div><p class="label">Notes</p><p>${escapeHtmlLines(invoice.notes.trim())}</p></div>`);
  return blocks.length === 0 ? '' : `<section class="closing">${blocks.join('')}</section>`;
}

function footerLabel(invoice: Invoice): string {
  const title = `${documentTitle(invoice)} ${invoice.number ?? 'draft'}`;
  const seller = invoice.seller?.name.trim() ?? '';
  return seller === '' ? title : `${title} \u00b7 ${seller}`;
}

/** The invoice document in two parts: its markup, with no style element, and the style sheet that lays it out. */
export interface InvoiceDocumentParts {
  markup: string;
  styleSheet: string;
}

function page(title: string, head: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
${head}</head>
<body>
<main class="sheet">
${body}
</main>
</body>
</html>
`;
}

function documentContent({ invoice, locale, creditedInvoiceNumber, palette }: InvoiceDocumentInput): { title: string; body: string; styleSheet: string } {
  const context: DocumentContext = { invoice, locale, creditedInvoiceNumber, money: (amountMinor) => formatMoney(amountMinor, invoice.currency, locale) };
  const body = [
    invoice.status === 'draft' ? '<div class="watermark" aria-hidden="true">DRAFT</div>' : '',
    masthead(context),
    parties(context),
    linesTable(context),
    `<section class="summary">${taxSummary(context)}${totalsTable(context)}</section>`,
    invoice.reverseCharge ? `<p class="legal-note">${escapeHtml(REVERSE_CHARGE_NOTE)}</p>` : '',
    closing(invoice),
  ].join('\n');
  return { title: `${documentTitle(invoice)} ${invoice.number ?? 'draft'}`, body, styleSheet: invoiceDocumentStyle(footerLabel(invoice), palette) };
}

/**
 * The invoice's markup and its style sheet apart. The app's preview frame inherits the app's style policy, which
 * refuses a <style> element, so it shows the markup and adopts the sheet as a constructed style sheet instead.
 */
export function invoiceDocumentParts(input: InvoiceDocumentInput): InvoiceDocumentParts {
  const { title, body, styleSheet } = documentContent(input);
  return { markup: page(title, '', body), styleSheet };
}

/**
 * The invoice as a complete, self-contained HTML document: inline styles, no scripts, nothing fetched (its own
 * policy forbids any request), A4 print layout. Seller and buyer blocks with both tax ids, number, issue and due
 * dates, the lines, a tax summary per rate, discount and totals, the reverse-charge note when it applies, payment
 * instructions and notes. Everything the user typed is escaped. The desktop app prints it to PDF; the browser
 * prints the same document.
 */
export function renderInvoiceDocument(input: InvoiceDocumentInput): string {
  const { title, body, styleSheet } = documentContent(input);
  return page(title, `<style>${styleSheet}</style>\n`, body);
}
