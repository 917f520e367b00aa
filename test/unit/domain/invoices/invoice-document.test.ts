import { describe, expect, it } from 'vitest';
import { formatQuantity } from '../../../../src/domain/invoices/document-format';
import { DOCUMENT_LABELS } from '../../../../src/domain/invoices/document-labels';
import { invoiceDocumentParts, renderInvoiceDocument } from '../../../../src/domain/invoices/invoice-document';
import type { DocumentPalette } from '../../../../src/domain/invoices/invoice-document-style';
import { invoiceTotals } from '../../../../src/domain/invoices/invoice-totals';
import type { Invoice, InvoiceLine } from '../../../../src/domain/model';

const hours: InvoiceLine = { id: 'l1', description: 'Dashboard rebuild', quantityMilli: 12_500, unit: 'hour', unitPriceMinor: 9500, taxRateBasisPoints: 1900, timeEntryIds: [] };
const lines: InvoiceLine[] = [
  hours,
  { id: 'l2', description: 'Design workshop', quantityMilli: 2000, unit: 'day', unitPriceMinor: 72_000, taxRateBasisPoints: 1900, timeEntryIds: [] },
  { id: 'l3', description: 'Reference book', quantityMilli: 1000, unit: 'item', unitPriceMinor: 3990, taxRateBasisPoints: 700, timeEntryIds: [] },
];

function issued(overrides: Partial<Invoice> = {}): Invoice {
  const invoice: Invoice = {
    id: 'inv',
    createdAt: 0,
    updatedAt: 0,
    kind: 'invoice',
    number: '2026-0007',
    clientId: 'c',
    currency: 'EUR',
    issueDate: '2026-03-01',
    dueDate: '2026-03-15',
    status: 'issued',
    lines,
    reverseCharge: false,
    totals: invoiceTotals(lines, undefined, false),
    seller: { name: 'Lindqvist Studio', address: 'Reichenberger Straße 88\n10999 Berlin', email: 'hello@lindqvist.example', taxId: 'DE318552907' },
    buyer: { name: 'Northwind Analytics GmbH', address: 'Am Sandtorkai 50\n20457 Hamburg', email: 'accounts@northwind.example', taxId: 'DE812345678', country: 'DE' },
    notes: 'Thank you for the work together.',
    paymentInstructions: 'IBAN DE89 3704 0044 0532 0130 00',
    paidMinor: 0,
    ...overrides,
  };
  return { ...invoice, totals: invoiceTotals(invoice.lines, invoice.discount, invoice.reverseCharge) };
}

/** Colours easy to find in the style sheet; the app reads the real ones from its tokens. */
const palette: DocumentPalette = {
  ink: '#010101',
  muted: '#020202',
  faint: '#030303',
  rule: '#040404',
  panel: '#050505',
  accent: '#060606',
  accentSoft: '#070707',
  flag: '#080808',
  footer: '#090909',
  paper: '#0a0a0a',
};

/** The document's visible text: tags dropped, entities read, white space collapsed. */
function visibleText(html: string): string {
  const body = html.slice(html.indexOf('<body>'));
  return body
    .replace(/<br>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

describe('renderInvoiceDocument', () => {
  it('is one self-contained document: inline style, no script, nothing fetched', () => {
    const html = renderInvoiceDocument({ invoice: issued(), language: 'en', locale: 'en-GB', palette });
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<style>');
    expect(html).toContain("default-src 'none'");
    expect(html).toMatch(/@page\s*\{\s*size: A4/);
    expect(html).not.toMatch(/<script|<link|<img|src=|href=|url\(|@import/i);
  });

  it('comes apart for the preview as markup with no style element or attribute, and the style sheet the print carries', () => {
    const input = { invoice: issued(), language: 'en' as const, locale: 'en-GB', palette };
    const { markup, styleSheet } = invoiceDocumentParts(input);
    expect(markup).not.toMatch(/<style|style=/i);
    expect(styleSheet).toMatch(/@page\s*\{\s*size: A4/);
    expect(renderInvoiceDocument(input)).toBe(markup.replace('</head>', `<style>${styleSheet}</style>\n</head>`));
  });

  it('is coloured by the palette it is given, and refuses a colour that could break out of its style sheet', () => {
    const style = renderInvoiceDocument({ invoice: issued({ status: 'draft', number: undefined }), language: 'en', locale: 'en-GB', palette });
    for (const [variable, value] of [['--ink', '#010101'], ['--muted', '#020202'], ['--faint', '#030303'], ['--rule', '#040404'], ['--panel', '#050505'], ['--accent', '#060606'], ['--accent-soft', '#070707']]) {
      expect(style).toContain(`${variable}: ${value};`);
    }
    expect(style).toContain('border: 1px solid #080808');
    expect(style).toContain('color-mix(in srgb, #080808 7%, transparent)');
    expect(style).toContain('color: #090909; }');
    expect(style).toContain('background: #0a0a0a;');
    expect(style.match(/#[0-9a-f]{3,8}\b/gi)?.every((hex) => /^#0[0-9a]0[0-9a]0[0-9a]$/.test(hex))).toBe(true);
    expect(() => renderInvoiceDocument({ invoice: issued(), language: 'en', locale: 'en-GB', palette: { ...palette, ink: 'red; } </style><script>' } })).toThrow(/ink is not a colour/);
  });

  it('carries the number, both parties with tax ids, dates, every line, the tax summary and the totals', () => {
    const text = visibleText(renderInvoiceDocument({ invoice: issued(), language: 'en', locale: 'en-GB', palette }));
    for (const expected of [
      'Invoice',
      'No. 2026-0007',
      'Lindqvist Studio',
      'Reichenberger Straße 88 10999 Berlin',
      'Tax ID DE318552907',
      'Northwind Analytics GmbH',
      'Am Sandtorkai 50 20457 Hamburg Germany',
      'Tax ID DE812345678',
      'Issue date 1 March 2026',
      'Due date 15 March 2026',
      'Dashboard rebuild 12.50 hours €95.00 19% €1,187.50',
      'Design workshop 2 days €720.00 19% €1,440.00',
      'Reference book 1 €39.90 7% €39.90',
      // Tax summary: 7 % on €39.90 is €2.79; 19 % on €2,627.50 is €499.225 → €499.23.
      '7% €39.90 €2.79',
      '19% €2,627.50 €499.23',
      'Net €2,667.40',
      'Tax 7% €2.79',
      'Tax 19% €499.23',
      'Total €3,169.42',
      'Amount due €3,169.42',
      'IBAN DE89 3704 0044 0532 0130 00',
      'Thank you for the work together.',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain(DOCUMENT_LABELS.en.reverseChargeNote);
  });

  it('escapes everything the user typed', () => {
    const hostile = '<script>alert("x")</script> & <img src=x onerror=alert(1)>';
    const invoice = issued({
      number: '2026-<b>1</b>',
      notes: hostile,
      paymentInstructions: hostile,
      seller: { name: hostile, address: hostile, email: hostile, taxId: hostile },
      buyer: { name: hostile, address: hostile, email: hostile, taxId: hostile },
      lines: [{ ...hours, description: hostile }],
    });
    const html = renderInvoiceDocument({ invoice, language: 'en', locale: 'en-GB', palette });
    expect(html).not.toMatch(/<script|<img|<b>/i);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;');
    // The footer repeats the number and seller inside the style sheet, where only an escaped CSS string may hold them.
    const style = html.slice(html.indexOf('<style>') + '<style>'.length, html.indexOf('</style>'));
    expect(style).not.toContain('<');
    expect(style).toContain('\\3c ');
  });

  it('prints the reverse-charge note, no tax, and both tax ids', () => {
    const text = visibleText(renderInvoiceDocument({ invoice: issued({ reverseCharge: true }), language: 'en', locale: 'en-GB', palette }));
    expect(text).toContain(DOCUMENT_LABELS.en.reverseChargeNote);
    expect(DOCUMENT_LABELS.en.reverseChargeNote).toBe('Reverse charge: VAT to be accounted for by the recipient (Article 196, Council Directive 2006/112/EC)');
    expect(text).toContain('Dashboard rebuild 12.50 hours €95.00 0% €1,187.50');
    expect(text).toContain('Tax 0% €0.00');
    expect(text).toContain('Total €2,667.40');
    expect(text).toContain('Tax ID DE318552907');
    expect(text).toContain('Tax ID DE812345678');
  });

  it('shows a discount between the subtotal and the net, and what is left after a part payment', () => {
    const text = visibleText(renderInvoiceDocument({ invoice: issued({ discount: { kind: 'percent', basisPoints: 500 }, paidMinor: 100_000 }), language: 'en', locale: 'en-GB', palette }));
    expect(text).toContain('Subtotal €2,667.40 Discount (5%) -€133.37 Net €2,534.03');
    expect(text).toContain('Paid -€1,000.00 Balance due');
    expect(text).toContain('Balance due €2,010.94');
  });

  it('formats a JPY invoice without decimals and a BHD invoice with three', () => {
    const yen = issued({ currency: 'JPY', lines: [{ ...hours, unitPriceMinor: 12_000 }] });
    const yenText = visibleText(renderInvoiceDocument({ invoice: yen, language: 'en', locale: 'ja-JP', palette }));
    // 12.5 h × ¥12,000 = ¥150,000; 19 % is ¥28,500.
    expect(yenText).toMatch(/￥150,000|¥150,000/);
    expect(yenText).toMatch(/[￥¥]178,500/);
    expect(yenText).toContain('2026年3月1日');

    const dinar = issued({ currency: 'BHD', lines: [{ ...hours, unitPriceMinor: 37_125, taxRateBasisPoints: 1000 }] });
    const dinarText = visibleText(renderInvoiceDocument({ invoice: dinar, language: 'en', locale: 'en-GB', palette }));
    // 12.5 h × BHD 37.125 = 464.0625 → 464.063; 10 % → 46.4063 → 46.406.
    expect(dinarText).toContain('BHD 37.125');
    expect(dinarText).toContain('Net BHD 464.063');
    expect(dinarText).toContain('Tax 10% BHD 46.406');
    expect(dinarText).toContain('Total BHD 510.469');
  });

  it('writes numbers and dates the way the locale does, words in English', () => {
    const text = visibleText(renderInvoiceDocument({ invoice: issued(), language: 'en', locale: 'de-DE', palette }));
    expect(text).toContain('Issue date 1. März 2026');
    expect(text).toContain('Dashboard rebuild 12,50 Stunden 95,00 € 19 % 1.187,50 €');
    expect(text).toContain('Total 3.169,42 €');
  });

  it('writes a German document in German throughout: labels, country, dates, numbers and the page count', () => {
    const html = renderInvoiceDocument({ invoice: issued({ reverseCharge: true, paidMinor: 10_000 }), language: 'de', locale: 'de-DE', palette });
    const text = visibleText(html);
    for (const phrase of ['Rechnung Nr. 2026-0007', 'Rechnung an', 'Rechnungsdatum 1. März 2026', 'Fällig am 15. März 2026', 'Deutschland', 'USt-IdNr. DE812345678']) {
      expect(text).toContain(phrase);
    }
    expect(text).toContain('Beschreibung Menge Einzelpreis USt. Betrag');
    expect(text).toContain('Dashboard rebuild 12,50 Stunden 95,00 € 0 % 1.187,50 €');
    expect(text).toContain(DOCUMENT_LABELS.de.reverseChargeNote);
    expect(text).toContain('Bezahlt -100,00 €');
    expect(html).toContain('<html lang="de">');
    expect(html).toContain('"Seite " counter(page) " von " counter(pages)');
    for (const english of ['Bill to', 'Issue date', 'Description', 'Quantity', 'Total', 'Germany', 'Tax ID', '"Page "']) expect(html).not.toContain(english);
  });

  it('prints no English label in a French or Spanish document', () => {
    const englishLabels = Object.values(DOCUMENT_LABELS.en).filter((label) => !label.includes('{') && label.length > 4);
    for (const language of ['fr', 'es'] as const) {
      const draft = issued({ status: 'draft', number: undefined, discount: { kind: 'percent', basisPoints: 500 } });
      const text = visibleText(renderInvoiceDocument({ invoice: draft, language, locale: `${language}-${language.toUpperCase()}`, palette }));
      expect(text).toContain(DOCUMENT_LABELS[language].billTo);
      expect(text).toContain(DOCUMENT_LABELS[language].draftFlag);
      const ownLabels = Object.values(DOCUMENT_LABELS[language]);
      for (const label of englishLabels) if (!ownLabels.some((own) => own.includes(label))) expect(text, `${language}: ${label}`).not.toContain(label);
    }
  });

  it('marks a draft and titles a credit note', () => {
    const draft = issued({ status: 'draft', number: undefined, issueDate: undefined, dueDate: undefined });
    const draftHtml = renderInvoiceDocument({ invoice: draft, language: 'en', locale: 'en-GB', palette });
    expect(visibleText(draftHtml)).toContain('Draft, not yet issued');
    expect(draftHtml).toContain('<title>Invoice draft</title>');

    const credit = issued({ kind: 'creditNote', number: '2026-0008', lines: lines.map((line) => ({ ...line, quantityMilli: -line.quantityMilli })), notes: 'Cancels invoice 2026-0007 in full.' });
    const creditText = visibleText(renderInvoiceDocument({ invoice: credit, language: 'en', locale: 'en-GB', creditedInvoiceNumber: '2026-0007', palette }));
    expect(creditText).toContain('Credits invoice 2026-0007');
    expect(creditText).toContain('Credit note No. 2026-0008');
    expect(creditText).toContain('Credit to');
    expect(creditText).toContain('Total credited -€3,169.42');
    expect(creditText).toContain('Cancels invoice 2026-0007 in full.');
    expect(creditText).not.toContain('Due date');
    expect(creditText).not.toContain('IBAN');
  });
});

describe('formatQuantity', () => {
  it('writes hours with two to three decimals, days and items as they are', () => {
    expect(formatQuantity(1400, 'hour', 'en-GB')).toBe('1.40 hours');
    expect(formatQuantity(9683, 'hour', 'en-GB')).toBe('9.683 hours');
    expect(formatQuantity(1000, 'hour', 'en-GB')).toBe('1.00 hours');
    expect(formatQuantity(-2000, 'day', 'en-GB')).toBe('-2 days');
    expect(formatQuantity(1500, 'day', 'de-DE')).toBe('1,5 Tage');
    expect(formatQuantity(3000, 'item', 'en-GB')).toBe('3');
  });
});
