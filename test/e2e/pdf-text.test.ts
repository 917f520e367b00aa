import { describe, expect, it } from 'vitest';
import { useBrowserSession } from './browser';
import { pdfText } from './pdf-text';

/** Cells far apart and aligned as an invoice's are, a figure drawn in two runs, and a second page. */
const DOCUMENT = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <style>
      body { font: 11pt sans-serif; }
      table { width: 100%; border-collapse: collapse; }
      td, th { padding: 4pt 0; }
      .number { text-align: right; }
      .next { break-before: page; }
    </style>
  </head>
  <body>
    <h1>Invoice No. 2026-0042</h1>
    <p>Zoë Müller for Åsa Ørsted</p>
    <table>
      <thead><tr><th>Description</th><th class="number">Qty</th><th class="number">Amount</th></tr></thead>
      <tbody>
        <tr><td>Travel to the kickoff workshop</td><td class="number">1</td><td class="number">US$240.00</td></tr>
        <tr><td>Website rebuild, "phase 2"</td><td class="number">12.5</td><td class="number">US$1,234.56</td></tr>
      </tbody>
    </table>
    <p>Total <strong>US$</strong>1,474.56</p>
    <p class="next">Payment terms: 14 days</p>
  </body>
</html>`;

describe('reading the text of a PDF', () => {
  const session = useBrowserSession();

  it('keeps each table row of a PDF Chromium prints on one line, its cells in order, top to bottom and page by page', async () => {
    const page = session.page();
    await page.setContent(DOCUMENT, { waitUntil: 'load' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });

    const text = await pdfText(new Uint8Array(pdf));
    const [first = '', second = '', ...rest] = text.split('\f');
    expect(rest).toEqual([]);
    expect(first.split('\n')).toEqual([
      'Invoice No. 2026-0042',
      'Zoë Müller for Åsa Ørsted',
      'Description Qty Amount',
      'Travel to the kickoff workshop 1 US$240.00',
      'Website rebuild, "phase 2" 12.5 US$1,234.56',
      'Total US$1,474.56',
    ]);
    expect(second).toBe('Payment terms: 14 days');
  });
});
