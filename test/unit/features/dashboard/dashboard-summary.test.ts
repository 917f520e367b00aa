import { describe, expect, it } from 'vitest';
import type { Invoice, Rollup } from '../../../../src/domain/model';
import { billableShare, previousMonthKey, summariseMonth, summariseOutstanding } from '../../../../src/features/dashboard/dashboard-summary';

function rollup(month: string, clientId: string, currency: string, figures: Partial<Rollup>): Rollup {
  return {
    id: `${month}|${clientId}|${currency}`,
    month,
    clientId,
    currency,
    trackedMs: 0,
    billableMs: 0,
    invoicedMinor: 0,
    receivedMinor: 0,
    feesMinor: 0,
    ...figures,
  };
}

function invoice(id: string, overrides: Partial<Invoice>): Invoice {
  return {
    id,
    createdAt: 0,
    updatedAt: 0,
    kind: 'invoice',
    clientId: 'c1',
    currency: 'EUR',
    status: 'issued',
    issueDate: '2026-03-01',
    dueDate: '2026-03-15',
    lines: [],
    reverseCharge: false,
    totals: { netMinor: 10_000, taxMinor: 1_900, grossMinor: 11_900, taxGroups: [] },
    notes: '',
    paidMinor: 0,
    ...overrides,
  };
}

const HOUR = 3_600_000;

describe('previousMonthKey', () => {
  it.each([
    ['2026-03', '2026-02'],
    ['2026-01', '2025-12'],
    ['2026-12', '2026-11'],
  ])('%s steps back to %s', (month, previous) => {
    expect(previousMonthKey(month)).toBe(previous);
  });

  it.each(['2026-13', '2026-00', 'March', ''])('refuses %j', (month) => {
    expect(() => previousMonthKey(month)).toThrow(RangeError);
  });
});

describe('summariseMonth', () => {
  const rollups = [
    rollup('2026-03', 'c1', 'EUR', { trackedMs: 10 * HOUR, billableMs: 8 * HOUR, receivedMinor: 50_000 }),
    rollup('2026-03', 'c2', 'USD', { trackedMs: 5 * HOUR, billableMs: 5 * HOUR, receivedMinor: 120_000 }),
    rollup('2026-03', 'c3', 'EUR', { trackedMs: 1 * HOUR, billableMs: 0, receivedMinor: 25_000 }),
    rollup('2026-02', 'c1', 'EUR', { trackedMs: 40 * HOUR, billableMs: 40 * HOUR, receivedMinor: 999_999 }),
  ];

  it('adds hours across clients and currencies, but only for the month asked', () => {
    const march = summariseMonth(rollups, '2026-03');
    expect(march.trackedMs).toBe(16 * HOUR);
    expect(march.billableMs).toBe(13 * HOUR);
  });

  it('keeps received money per currency, largest first, never mixing currencies', () => {
    expect(summariseMonth(rollups, '2026-03').received).toEqual([
      { currency: 'USD', amountMinor: 120_000 },
      { currency: 'EUR', amountMinor: 75_000 },
    ]);
  });

  it('leaves out currencies that received nothing, and is empty for a month without rollups', () => {
    const onlyTime = [rollup('2026-04', 'c1', 'GBP', { trackedMs: HOUR })];
    expect(summariseMonth(onlyTime, '2026-04').received).toEqual([]);
    expect(summariseMonth(rollups, '2025-01')).toEqual({ trackedMs: 0, billableMs: 0, invoiced: [], received: [] });
  });

  it('keeps invoiced money per currency too, a credit note taking its amount back', () => {
    const invoiced = [
      rollup('2026-05', 'c1', 'EUR', { invoicedMinor: 100_000 }),
      rollup('2026-05', 'c2', 'EUR', { invoicedMinor: -20_000 }),
      rollup('2026-05', 'c3', 'CHF', { invoicedMinor: 30_000 }),
    ];
    expect(summariseMonth(invoiced, '2026-05').invoiced).toEqual([
      { currency: 'EUR', amountMinor: 80_000 },
      { currency: 'CHF', amountMinor: 30_000 },
    ]);
  });
});

describe('billableShare', () => {
  it('is billable over tracked', () => {
    expect(billableShare({ trackedMs: 8 * HOUR, billableMs: 6 * HOUR })).toBe(0.75);
  });

  it('is null when nothing was tracked', () => {
    expect(billableShare({ trackedMs: 0, billableMs: 0 })).toBeNull();
  });
});

describe('summariseOutstanding', () => {
  const today = '2026-03-20';

  it('counts what clients still owe, per currency, with the overdue ones', () => {
    const invoices = [
      invoice('overdue', { dueDate: '2026-03-15' }),
      invoice('due-later', { dueDate: '2026-04-15', status: 'sent' }),
      invoice('part-paid', { dueDate: '2026-03-19', status: 'partiallyPaid', paidMinor: 4_000 }),
      invoice('usd', { currency: 'USD', dueDate: '2026-03-20', totals: { netMinor: 5_000, taxMinor: 0, grossMinor: 5_000, taxGroups: [] } }),
    ];
    const summary = summariseOutstanding(invoices, today);
    expect(summary.count).toBe(4);
    // Due today is not overdue yet; the due days before today are.
    expect(summary.overdueCount).toBe(2);
    expect(summary.owed).toEqual([
      { currency: 'EUR', amountMinor: 11_900 + 11_900 + 7_900 },
      { currency: 'USD', amountMinor: 5_000 },
    ]);
  });

  it('ignores drafts, paid and void invoices and credit notes', () => {
    const invoices = [
      invoice('draft', { status: 'draft', dueDate: '2026-01-01' }),
      invoice('paid', { status: 'paid', paidMinor: 11_900 }),
      invoice('void', { status: 'void' }),
      invoice('credit', { kind: 'creditNote', totals: { netMinor: -10_000, taxMinor: -1_900, grossMinor: -11_900, taxGroups: [] } }),
    ];
    expect(summariseOutstanding(invoices, today)).toEqual({ count: 0, overdueCount: 0, owed: [] });
  });
});
