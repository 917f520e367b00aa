import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { PAYMENT_CSV_COLUMNS, paymentsCsv, paymentsCsvFileName } from '../../../../src/domain/payments/payments-csv';
import { payment } from '../../features/invoices/invoice-records';

const reference = {
  clientsById: new Map([['client-1', { name: 'Northwind Analytics' }]]),
  invoicesById: new Map([['invoice-1', { number: '2026-0007' }]]),
};

function rows(csv: string): string[][] {
  return Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
}

describe('paymentsCsv', () => {
  it('writes one row per payment with plain decimals in each currency’s own places', () => {
    const csv = paymentsCsv(
      [
        payment('p1', { invoiceId: 'invoice-1', amountMinor: 123_450, feeMinor: 450, currency: 'USD', baseAmountMinor: 113_574, exchangeRate: 0.92, reference: 'Wire 55' }),
        payment('p2', { amountMinor: 15_000, currency: 'JPY', baseAmountMinor: 9_300, exchangeRate: 0.0062, method: 'platform' }),
      ],
      reference,
    );
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(rows(csv)).toEqual([
      [...PAYMENT_CSV_COLUMNS],
      ['2026-03-10', 'Northwind Analytics', '2026-0007', 'Bank transfer', 'Wire 55', 'USD', '1234.50', '4.50', '1230.00', '0.92', 'EUR', '1135.74'],
      ['2026-03-10', 'Northwind Analytics', '', 'Platform payout', '', 'JPY', '15000', '0', '15000', '0.0062', 'EUR', '93.00'],
    ]);
  });

  it('neutralises a reference a spreadsheet would run as a formula', () => {
    const csv = paymentsCsv([payment('p1', { reference: '=HYPERLINK("http://x")' })], reference);
    expect(rows(csv)[1]?.[4]).toBe('\'=HYPERLINK("http://x")');
  });
});

describe('paymentsCsvFileName', () => {
  it('names the period exported', () => {
    expect(paymentsCsvFileName({ from: '2026-01-01', to: '2026-03-31' }, '2026-05-04')).toBe('Payments 2026-01-01 to 2026-03-31.csv');
    expect(paymentsCsvFileName({ from: '2026-01-01' }, '2026-05-04')).toBe('Payments 2026-01-01 to 2026-05-04.csv');
    expect(paymentsCsvFileName({}, '2026-05-04')).toBe('Payments to 2026-05-04.csv');
  });
});
