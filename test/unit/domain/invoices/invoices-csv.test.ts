import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { INVOICE_CSV_COLUMNS, invoicesCsv, invoicesCsvFileName } from '../../../../src/domain/invoices/invoices-csv';
import { invoice, owing } from '../../features/invoices/invoice-records';

function rows(csv: string): string[][] {
  return Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
}

const taxed = { netMinor: 100_000, taxMinor: 19_000, grossMinor: 119_000, taxGroups: [{ rateBasisPoints: 1900, netMinor: 100_000, taxMinor: 19_000 }] };

describe('invoicesCsv', () => {
  it('writes invoices, credit notes and drafts with plain decimals and the status the list shows', () => {
    const late = owing('0007', 119_000, '2026-04-01', { totals: taxed, paidMinor: 19_000, status: 'partiallyPaid' });
    const credit = owing('0009', -50_000, '2026-04-01', { kind: 'creditNote', status: 'issued', creditedInvoiceId: 'paid', clientId: 'client-2' });
    const paid = owing('0008', 50_000, '2026-03-20', { id: 'paid', status: 'paid', paidMinor: 50_000, creditedByInvoiceId: '0009' });
    const yen = owing('0010', 120_000, '2026-05-01', { currency: 'JPY' });
    const draft = invoice('draft', { status: 'draft', totals: taxed });
    const csv = invoicesCsv([late, credit, paid, yen, draft], {
      clientsById: new Map([
        ['client-1', { name: 'Northwind Analytics' }],
        ['client-2', { name: '=cmd|calc' }],
      ]),
      invoicesById: new Map([['paid', { number: '2026-0008' }]]),
      today: '2026-04-10',
    });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(rows(csv)).toEqual([
      [...INVOICE_CSV_COLUMNS],
      ['2026-0007', 'Invoice', 'Overdue', 'Northwind Analytics', '2026-03-01', '2026-04-01', 'EUR', '1000.00', '190.00', '1190.00', '190.00', '1000.00', ''],
      ['2026-0009', 'Credit note', 'Issued', "'=cmd|calc", '2026-03-01', '2026-04-01', 'EUR', '-500.00', '0.00', '-500.00', '', '', '2026-0008'],
      ['2026-0008', 'Invoice', 'Paid', 'Northwind Analytics', '2026-03-01', '2026-03-20', 'EUR', '500.00', '0.00', '500.00', '500.00', '0.00', ''],
      ['2026-0010', 'Invoice', 'Sent', 'Northwind Analytics', '2026-03-01', '2026-05-01', 'JPY', '120000', '0', '120000', '0', '120000', ''],
      ['', 'Invoice', 'Draft', 'Northwind Analytics', '', '', 'EUR', '1000.00', '190.00', '1190.00', '', '', ''],
    ]);
  });

  it('writes amounts exactly, to the last minor unit', () => {
    const odd = owing('0011', 123_457, '2026-05-01', { currency: 'BHD', totals: { netMinor: 123_457, taxMinor: 1, grossMinor: 123_458, taxGroups: [] } });
    const csv = invoicesCsv([odd], { clientsById: new Map(), invoicesById: new Map(), today: '2026-04-10' });
    expect(rows(csv)[1]?.slice(6, 12)).toEqual(['BHD', '123.457', '0.001', '123.458', '0.000', '123.458']);
  });
});

describe('invoicesCsvFileName', () => {
  it('names the day and, when only one view is exported, the view', () => {
    expect(invoicesCsvFileName('2026-05-04')).toBe('Invoices 2026-05-04.csv');
    expect(invoicesCsvFileName('2026-05-04', 'Overdue')).toBe('Invoices (Overdue) 2026-05-04.csv');
  });
});
