import { describe, expect, it } from 'vitest';
import { monthToDate, periodFigures, weekToDate } from '../../../../src/domain/reports/period-comparison';
import type { DayHours } from '../../../../src/domain/reports/hours-by-week';
import { invoice, payment } from '../../features/invoices/invoice-records';

const HOUR = 3_600_000;
const gross = (grossMinor: number) => ({ totals: { netMinor: grossMinor, taxMinor: 0, grossMinor, taxGroups: [] } });

describe('weekToDate and monthToDate', () => {
  it('compare with the same weekday last week and the same day last month', () => {
    // Thursday 10 Dec 2026, weeks from Monday.
    expect(weekToDate('2026-12-10', 1)).toEqual({ current: { from: '2026-12-07', to: '2026-12-10' }, previous: { from: '2026-11-30', to: '2026-12-03' } });
    expect(monthToDate('2026-12-10')).toEqual({ current: { from: '2026-12-01', to: '2026-12-10' }, previous: { from: '2026-11-01', to: '2026-11-10' } });
  });

  it('stops last month at its last day when it is shorter', () => {
    expect(monthToDate('2026-03-31').previous).toEqual({ from: '2026-02-01', to: '2026-02-28' });
  });
});

describe('periodFigures', () => {
  it('adds hours from the day totals and money from the range’s invoices and payments, per currency', () => {
    const days: DayHours[] = [
      { day: '2026-12-07', projects: { p1: { trackedMs: 5 * HOUR, billableMs: 4 * HOUR, unbilledMs: 4 * HOUR } } },
      { day: '2026-12-11', projects: { p1: { trackedMs: 9 * HOUR, billableMs: 9 * HOUR, unbilledMs: 0 } } },
    ];
    const invoices = [
      invoice('in', { status: 'sent', issueDate: '2026-12-08', ...gross(100_000) }),
      invoice('credit', { kind: 'creditNote', status: 'issued', issueDate: '2026-12-09', ...gross(-30_000) }),
      invoice('usd', { status: 'issued', issueDate: '2026-12-09', currency: 'USD', ...gross(50_000) }),
      invoice('draft', { status: 'draft', issueDate: '2026-12-08', ...gross(70_000) }),
      invoice('void', { status: 'void', issueDate: '2026-12-08', ...gross(70_000) }),
      invoice('later', { status: 'sent', issueDate: '2026-12-11', ...gross(70_000) }),
    ];
    const payments = [
      payment('p1', { date: '2026-12-07', amountMinor: 20_000, currency: 'EUR' }),
      payment('p2', { date: '2026-12-10', amountMinor: 5_000, currency: 'EUR' }),
      payment('gone', { date: '2026-12-10', amountMinor: 9_000, currency: 'EUR', deletedAt: 1 }),
      payment('before', { date: '2026-12-06', amountMinor: 9_000, currency: 'EUR' }),
    ];
    // 7–10 Dec: 5 h tracked, 4 h billable; invoiced EUR 1,000 − 300 = 700 and USD 500; received EUR 200 + 50.
    expect(periodFigures({ from: '2026-12-07', to: '2026-12-10' }, days, invoices, payments)).toEqual({
      range: { from: '2026-12-07', to: '2026-12-10' },
      trackedMs: 5 * HOUR,
      billableMs: 4 * HOUR,
      invoiced: [
        { currency: 'EUR', amountMinor: 70_000 },
        { currency: 'USD', amountMinor: 50_000 },
      ],
      received: [{ currency: 'EUR', amountMinor: 25_000 }],
    });
  });
});
