import { describe, expect, it } from 'vitest';
import { clientMetrics, daysBetween, daysToPayPerInvoice, hourlyRateMinor } from '../../../../src/domain/clients/client-metrics';
import type { Invoice, Payment, Rollup } from '../../../../src/domain/model';

const HOUR = 3_600_000;

function rollup(month: string, currency: string, amounts: Partial<Rollup>): Rollup {
  return { id: `${month}|c|${currency}`, month, clientId: 'c', currency, trackedMs: 0, billableMs: 0, invoicedMinor: 0, receivedMinor: 0, feesMinor: 0, ...amounts };
}

function invoice(id: string, overrides: Partial<Invoice>): Invoice {
  return {
    id,
    createdAt: 0,
    updatedAt: 0,
    kind: 'invoice',
    clientId: 'c',
    currency: 'EUR',
    status: 'issued',
    issueDate: '2026-01-31',
    lines: [],
    reverseCharge: false,
    totals: { netMinor: 0, taxMinor: 0, grossMinor: 0, taxGroups: [] },
    notes: '',
    paidMinor: 0,
    ...overrides,
  };
}

function gross(grossMinor: number) {
  return { netMinor: grossMinor, taxMinor: 0, grossMinor, taxGroups: [] };
}

function payment(id: string, date: string, overrides: Partial<Payment> = {}): Payment {
  return {
    id,
    createdAt: 0,
    updatedAt: 0,
    clientId: 'c',
    date,
    amountMinor: 1_000,
    feeMinor: 0,
    currency: 'EUR',
    baseAmountMinor: 1_000,
    baseCurrency: 'EUR',
    exchangeRate: 1,
    method: 'bank',
    source: 'manual',
    ...overrides,
  };
}

describe('hourlyRateMinor', () => {
  it('divides money by hours, rounding half away from zero', () => {
    expect(hourlyRateMinor(76_000, 15 * HOUR)).toBe(5_067);
    expect(hourlyRateMinor(150, 2 * HOUR)).toBe(75);
    expect(hourlyRateMinor(1, 2 * HOUR)).toBe(1);
  });

  it('has no rate without time', () => {
    expect(hourlyRateMinor(50_000, 0)).toBeUndefined();
  });
});

describe('daysBetween', () => {
  it('counts calendar days across month ends and leap days', () => {
    expect(daysBetween('2026-01-31', '2026-02-20')).toBe(20);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-03-02', '2026-03-01')).toBe(-1);
  });
});

describe('daysToPayPerInvoice', () => {
  it('measures to the last linked payment, counts money paid up front as day zero, and skips what says nothing', () => {
    const invoices = [
      invoice('a', { status: 'paid', issueDate: '2026-01-31' }),
      invoice('b', { status: 'paid', issueDate: '2026-02-28' }),
      invoice('no-payment', { status: 'paid' }),
      invoice('open', { status: 'sent' }),
      invoice('credit', { kind: 'creditNote', status: 'paid' }),
    ];
    const payments = [
      payment('p1', '2026-02-10', { invoiceId: 'a' }),
      payment('p2', '2026-02-20', { invoiceId: 'a' }),
      payment('p3', '2026-02-25', { invoiceId: 'b' }),
      payment('p4', '2026-02-21', { invoiceId: 'open' }),
      payment('p5', '2026-03-30', { invoiceId: 'a', deletedAt: 1 }),
    ];
    expect(daysToPayPerInvoice(invoices, payments)).toEqual([20, 0]);
  });
});

describe('clientMetrics', () => {
  const rollups = [
    rollup('2026-01', 'EUR', { trackedMs: 10 * HOUR, billableMs: 8 * HOUR, invoicedMinor: 76_000, receivedMinor: 50_000 }),
    rollup('2026-02', 'EUR', { trackedMs: 5 * HOUR, billableMs: 5 * HOUR, receivedMinor: 26_000, feesMinor: 1_000 }),
    rollup('2026-02', 'USD', { trackedMs: 2 * HOUR, billableMs: 2 * HOUR, receivedMinor: 30_000 }),
  ];
  const invoices = [
    invoice('paid-20-days', { status: 'paid', issueDate: '2026-01-31', totals: gross(76_000), paidMinor: 76_000 }),
    invoice('paid-2-days', { status: 'paid', issueDate: '2026-02-28', totals: gross(26_000), paidMinor: 26_000 }),
    invoice('overdue', { status: 'sent', issueDate: '2026-02-24', dueDate: '2026-03-10', totals: gross(20_000), paidMinor: 5_000 }),
    invoice('not-yet-due', { status: 'partiallyPaid', currency: 'GBP', issueDate: '2026-03-01', dueDate: '2026-04-01', totals: gross(10_000) }),
    invoice('deleted', { status: 'sent', totals: gross(99_000), deletedAt: 1 }),
    invoice('draft', { status: 'draft', issueDate: undefined, totals: gross(5_000) }),
  ];
  const payments = [
    payment('a1', '2026-02-10', { invoiceId: 'paid-20-days', amountMinor: 40_000 }),
    payment('a2', '2026-02-20', { invoiceId: 'paid-20-days', amountMinor: 36_000 }),
    payment('b1', '2026-03-02', { invoiceId: 'paid-2-days', amountMinor: 26_000 }),
  ];

  const metrics = clientMetrics({ currency: 'EUR', rollups, invoices, payments, today: '2026-03-15' });

  it('adds up hours over every currency', () => {
    expect(metrics.trackedMs).toBe(17 * HOUR);
    expect(metrics.billableMs).toBe(15 * HOUR);
  });

  it('keeps money per currency, the client’s own first, with outstanding and overdue from unpaid invoices', () => {
    expect(metrics.byCurrency).toEqual([
      { currency: 'EUR', trackedMs: 15 * HOUR, billableMs: 13 * HOUR, invoicedMinor: 76_000, receivedMinor: 76_000, feesMinor: 1_000, outstandingMinor: 15_000, overdueMinor: 15_000, effectiveRateMinor: 5_000 },
      { currency: 'GBP', trackedMs: 0, billableMs: 0, invoicedMinor: 0, receivedMinor: 0, feesMinor: 0, outstandingMinor: 10_000, overdueMinor: 0, effectiveRateMinor: undefined },
      { currency: 'USD', trackedMs: 2 * HOUR, billableMs: 2 * HOUR, invoicedMinor: 0, receivedMinor: 30_000, feesMinor: 0, outstandingMinor: 0, overdueMinor: 0, effectiveRateMinor: 15_000 },
    ]);
  });

  it('averages the days to pay over the paid invoices that have payments', () => {
    expect(metrics.averageDaysToPay).toBe(11);
    expect(metrics.paidInvoicesCounted).toBe(2);
  });

  it('shows a new client with zeros in its own currency and no rate or days to pay', () => {
    expect(clientMetrics({ currency: 'JPY', rollups: [], invoices: [], payments: [], today: '2026-03-15' })).toEqual({
      trackedMs: 0,
      billableMs: 0,
      byCurrency: [{ currency: 'JPY', trackedMs: 0, billableMs: 0, invoicedMinor: 0, receivedMinor: 0, feesMinor: 0, outstandingMinor: 0, overdueMinor: 0, effectiveRateMinor: undefined }],
      averageDaysToPay: undefined,
      paidInvoicesCounted: 0,
    });
  });
});

describe('the effective rate', () => {
  // 2.5 h at €85.50: net €213.75, 19 % VAT €40.61, gross €254.36, paid in full.
  const vatInvoice = invoice('vat', { status: 'paid', totals: { netMinor: 21_375, taxMinor: 4_061, grossMinor: 25_436, taxGroups: [{ rateBasisPoints: 1900, netMinor: 21_375, taxMinor: 4_061 }] }, paidMinor: 25_436 });

  it('counts what was received net of the tax on the invoice it pays', () => {
    const metrics = clientMetrics({
      currency: 'EUR',
      rollups: [rollup('2026-01', 'EUR', { trackedMs: 2.5 * HOUR, billableMs: 2.5 * HOUR, invoicedMinor: 25_436, receivedMinor: 25_436 })],
      invoices: [vatInvoice],
      payments: [payment('p', '2026-02-01', { invoiceId: 'vat', amountMinor: 25_436 })],
      today: '2026-03-15',
    });
    expect(metrics.byCurrency[0]?.effectiveRateMinor).toBe(8_550);
  });

  it('takes the tax share of a part payment and leaves out the fees withheld', () => {
    const metrics = clientMetrics({
      currency: 'EUR',
      rollups: [rollup('2026-01', 'EUR', { trackedMs: 2 * HOUR, billableMs: 2 * HOUR, receivedMinor: 12_718 + 5_000, feesMinor: 500 })],
      invoices: [vatInvoice],
      payments: [
        payment('half', '2026-02-01', { invoiceId: 'vat', amountMinor: 12_718 }),
        payment('unlinked', '2026-02-03', { amountMinor: 5_000, feeMinor: 500 }),
      ],
      today: '2026-03-15',
    });
    // Half the invoice carries half its tax (2,030.5, rounded to 2,031); the unlinked payment carries none.
    expect(metrics.byCurrency[0]?.effectiveRateMinor).toBe(hourlyRateMinor(12_718 - 2_031 + 5_000 - 500, 2 * HOUR));
  });
});
