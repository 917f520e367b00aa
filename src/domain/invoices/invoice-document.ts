import type { DocumentLanguage, Invoice, InvoiceLine, PartySnapshot } from '../model';
import { formatMoney } from '../money/format';
import { countryName, formatDocumentDate, formatQuantity, formatTaxRate } from './document-format';
import { DOCUMENT_LABELS, fillLabel, type DocumentLabels } from './document-labels';
import { escapeHtml, escapeHtmlLines } from './document-text';
import { invoiceDocumentStyle, type DocumentPalette } from './invoice-document-style';
import { invoiceLineAmount } from './invoice-totals';

export interface InvoiceDocumentInput {
  invoice: Invoice;
  /** The language of the document's words, and of its country names. */
  language: DocumentLanguage;
  /** Formats dates, quantities and money: a locale of the same language (see documentFormatLocale). */
  locale: string;
  /** For a credit note: the number of the invoice it cancels, shown beside its own dates. */
  creditedInvoiceNumber?: string;
  /** The document's colours, the same in either theme of the app. */
  palette: DocumentPalette;
}

interface DocumentContext {
  invoice: Invoice;
  labels: DocumentLabels;
  language: DocumentLanguage;
  locale: string;
  creditedInvoiceNumber: string | undefined;
  money: (amountMinor: number) => string;
}

function documentTitle(invoice: Invoice, labels: DocumentLabels): string {
  return invoice.kind === 'creditNote' ? labels.creditNote : labels.invoice;
}

function paragraph(className: string, html: string): string {
  return html === '' ? '' : `<p class="${className}">${html}</p>`;
}

/**
 * Address, country (unless the address already names it), email and tax id, one per line. The country is named in
 * the document's language.
 */
function partyLines(party: PartySnapshot, { labels, language }: DocumentContext): string {
  const lines: string[] = [];
  if (party.address.trim() !== '') lines.push(escapeHtmlLines(party.address.trim()));
  if (party.country !== undefined && party.country !== '') {
    const name = countryName(party.country, language);
    if (!party.address.toLowerCase().includes(name.toLowerCase())) lines.push(escapeHtml(name));
  }
  if (party.email.trim() !== '') lines.push(escapeHtml(party.email.trim()));
  if (party.taxId.trim() !== '') lines.push(`${escapeHtml(labels.taxId)} ${escapeHtml(party.taxId.trim())}`);
  return lines.join('<br>');
}

function masthead(context: DocumentContext): string {
  const { invoice, labels } = context;
  const seller = invoice.seller;
  const sellerBlock =
    seller === undefined
      ? '<div class="seller"></div>'
      : `<div class="seller"><p class="seller-name">${escapeHtml(seller.name)}</p>${paragraph('seller-lines', partyLines(seller, context))}</div>`;
  const number =
    invoice.number === undefined
      ? `<p class="draft-flag">${escapeHtml(labels.draftFlag)}</p>`
      : `<p class="document-number">${escapeHtml(fillLabel(labels.number, { number: invoice.number }))}</p>`;
  return `<header class="masthead">${sellerBlock}<div class="title-block"><h1>${escapeHtml(documentTitle(invoice, labels))}</h1>${number}</div></header>`;
}

function amountDue(invoice: Invoice, labels: DocumentLabels): { label: string; amountMinor: number } {
  if (invoice.kind === 'creditNote') return { label: labels.totalCredited, amountMinor: invoice.totals.grossMinor };
  if (invoice.paidMinor > 0) return { label: labels.balanceDue, amountMinor: Math.max(0, invoice.totals.grossMinor - invoice.paidMinor) };
  return { label: labels.amountDue, amountMinor: invoice.totals.grossMinor };
}

function parties(context: DocumentContext): string {
  const { invoice, labels, locale, money } = context;
  const buyer = invoice.buyer;
  const buyerBlock =
    buyer === undefined
      ? '<div class="buyer"></div>'
      : `<div class="buyer"><p class="label">${escapeHtml(invoice.kind === 'creditNote' ? labels.creditTo : labels.billTo)}</p><p class="buyer-name">${escapeHtml(buyer.name)}</p>${paragraph('buyer-lines', partyLines(buyer, context))}</div>`;
  const facts: string[] = [];
  const fact = (label: string, value: string, className = 'fact') => `<div class="${className}"><dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd></div>`;
  if (invoice.issueDate !== undefined) facts.push(fact(labels.issueDate, formatDocumentDate(invoice.issueDate, locale)));
  if (invoice.dueDate !== undefined && invoice.kind === 'invoice') facts.push(fact(labels.dueDate, formatDocumentDate(invoice.dueDate, locale)));
  if (invoice.kind === 'creditNote' && context.creditedInvoiceNumber !== undefined) facts.push(fact(labels.creditsInvoice, context.creditedInvoiceNumber));
  facts.push(fact(labels.currency, invoice.currency));
  const due = amountDue(invoice, labels);
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

function columnHeading(label: string, className: string): string {
  return `<th class="${className}" scope="col">${escapeHtml(label)}</th>`;
}

function linesTable(context: DocumentContext): string {
  const { labels } = context;
  const rows = context.invoice.lines.map((line) => lineRow(line, context)).join('');
  const headings = [
    columnHeading(labels.description, 'description'),
    columnHeading(labels.quantity, 'num'),
    columnHeading(labels.unitPrice, 'num'),
    columnHeading(labels.tax, 'num'),
    columnHeading(labels.amount, 'num'),
  ].join('');
  return `<table class="lines"><thead><tr>${headings}</tr></thead><tbody>${rows}</tbody></table>`;
}

function taxSummary({ invoice, labels, locale, money }: DocumentContext): string {
  const rows = invoice.totals.taxGroups
    .map(
      (group) =>
        `<tr><td>${escapeHtml(formatTaxRate(group.rateBasisPoints, locale))}</td><td class="num">${escapeHtml(money(group.netMinor))}</td><td class="num">${escapeHtml(money(group.taxMinor))}</td></tr>`,
    )
    .join('');
  const headings = [columnHeading(labels.taxRate, 'rate'), columnHeading(labels.net, 'num'), columnHeading(labels.tax, 'num')].join('');
  return `<table class="tax-summary"><thead><tr>${headings}</tr></thead><tbody>${rows}</tbody></table>`;
}

function totalRow(label: string, amount: string, className = ''): string {
  const classAttribute = className === '' ? '' : ` class="${className}"`;
  return `<tr${classAttribute}><td>${escapeHtml(label)}</td><td class="num">${escapeHtml(amount)}</td></tr>`;
}

function totalsTable(context: DocumentContext): string {
  const { invoice, labels, locale, money } = context;
  const linesTotal = invoice.lines.reduce((sum, line) => sum + invoiceLineAmount(line), 0);
  const discountMinor = linesTotal - invoice.totals.netMinor;
  const rows: string[] = [];
  if (discountMinor !== 0) {
    const share = invoice.discount?.kind === 'percent' ? ` (${formatTaxRate(invoice.discount.basisPoints, locale)})` : '';
    rows.push(totalRow(labels.subtotal, money(linesTotal)), totalRow(`${labels.discount}${share}`, money(-discountMinor)));
  }
  rows.push(totalRow(labels.net, money(invoice.totals.netMinor), 'net'));
  for (const group of invoice.totals.taxGroups) {
    if (group.rateBasisPoints === 0 && !invoice.reverseCharge) continue;
    rows.push(totalRow(`${labels.tax} ${formatTaxRate(group.rateBasisPoints, locale)}`, money(group.taxMinor)));
  }
  rows.push(totalRow(invoice.kind === 'creditNote' ? labels.totalCredited : labels.total, money(invoice.totals.grossMinor), 'grand'));
  if (invoice.kind === 'invoice' && invoice.paidMinor > 0) {
    rows.push(totalRow(labels.paid, money(-invoice.paidMinor)), totalRow(labels.balanceDue, money(Math.max(0, invoice.totals.grossMinor - invoice.paidMinor)), 'balance'));
  }
  return `<table class="totals"><tbody>${rows.join('')}</tbody></table>`;
}

function closing({ invoice, labels }: DocumentContext): string {
  const blocks: string[] = [];
  const instructions = invoice.paymentInstructions?.trim() ?? '';
  if (instructions !== '' && invoice.kind === 'invoice') blocks.push(`<div><p class="label">${escapeHtml(labels.payment)}</p><p>${escapeHtmlLines(instructions)}</p></div>`);
  if (invoice.notes.trim() !== '') blocks.push(`<div><p class="label">${escapeHtml(labels.notes)}</p><p>${escapeHtmlLines(invoice.notes.trim())}</p></div>`);
  return blocks.length === 0 ? '' : `<section class="closing">${blocks.join('')}</section>`;
}

function titleOf(invoice: Invoice, labels: DocumentLabels): string {
  return `${documentTitle(invoice, labels)} ${invoice.number ?? labels.draft}`;
}

function footerLabel(invoice: Invoice, labels: DocumentLabels): string {
  const title = titleOf(invoice, labels);
  const seller = invoice.seller?.name.trim() ?? '';
  return seller === '' ? title : `${title} \u00b7 ${seller}`;
}

/** The invoice document in two parts: its markup, with no style element, and the style sheet that lays it out. */
export interface InvoiceDocumentParts {
  markup: string;
  styleSheet: string;
}

function page(language: DocumentLanguage, title: string, head: string, body: string): string {
  return `<!doctype html>
<html lang="${language}">
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

function documentContent({ invoice, language, locale, creditedInvoiceNumber, palette }: InvoiceDocumentInput): { title: string; body: string; styleSheet: string } {
  const labels = DOCUMENT_LABELS[language];
  const context: DocumentContext = { invoice, labels, language, locale, creditedInvoiceNumber, money: (amountMinor) => formatMoney(amountMinor, invoice.currency, locale) };
  const body = [
    invoice.status === 'draft' ? `<div class="watermark" aria-hidden="true">${escapeHtml(labels.draftWatermark)}</div>` : '',
    masthead(context),
    parties(context),
    linesTable(context),
    `<section class="summary">${taxSummary(context)}${totalsTable(context)}</section>`,
    invoice.reverseCharge ? `<p class="legal-note">${escapeHtml(labels.reverseChargeNote)}</p>` : '',
    closing(context),
  ].join('\n');
  return { title: titleOf(invoice, labels), body, styleSheet: invoiceDocumentStyle(footerLabel(invoice, labels), palette, labels) };
}

/**
 * The invoice's markup and its style sheet apart. The app's preview frame inherits the app's style policy, which
 * refuses a <style> element, so it shows the markup and adopts the sheet as a constructed style sheet instead.
 */
export function invoiceDocumentParts(input: InvoiceDocumentInput): InvoiceDocumentParts {
  const { title, body, styleSheet } = documentContent(input);
  return { markup: page(input.language, title, '', body), styleSheet };
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
  return page(input.language, title, `<style>${styleSheet}</style>\n`, body);
}
