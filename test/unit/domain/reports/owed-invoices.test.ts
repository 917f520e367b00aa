import { describe, expect, it } from 'vitest';
import { owedOldestFirst } from '../../../../src/domain/reports/owed-invoices';
import { invoice } from '../../features/invoices/invoice-records';

const gross = (grossMinor: number) => ({ totals: { netMinor: grossMinor, taxMinor: 0, grossMinor, taxGroups: [] } });

describe('owedOldestFirst', () => {
  it('lists what is still owed, the oldest due first, with the days it is overdue', () => {
    const invoices = [
      invoice('a', { number: 'A', status: 'sent', issueDate: '2026-10-01', dueDate: '2026-10-31', ...gross(10_000), paidMinor: 0 }),
      invoice('b', { number: 'B', status: 'partiallyPaid', issueDate: '2026-09-01', dueDate: '2026-10-01', ...gross(20_000), paidMinor: 5_000, currency: 'USD' }),
      invoice('c', { number: 'C', status: 'issued', issueDate: '2026-11-20', dueDate: '2026-12-20', ...gross(7_000), paidMinor: 0 }),
      invoice('paid', { number: 'P', status: 'paid', issueDate: '2026-08-01', dueDate: '2026-08-15', ...gross(9_000), paidMinor: 9_000 }),
      invoice('draft', { status: 'draft', ...gross(1_000), paidMinor: 0 }),
      invoice('gone', { number: 'G', status: 'sent', issueDate: '2026-07-01', dueDate: '2026-07-15', ...gross(3_000), paidMinor: 0, deletedAt: 1 }),
    ];
    // Today 7 Dec 2026: B is 67 days past 1 Oct, A 37 days past 31 Oct; C is not due yet.
    expect(owedOldestFirst(invoices, '2026-12-07').map(({ invoiceId, outstandingMinor, currency, daysOverdue }) => [invoiceId, outstandingMinor, currency, daysOverdue])).toEqual([
      ['b', 15_000, 'USD', 67],
      ['a', 10_000, 'EUR', 37],
      ['c', 7_000, 'EUR', 0],
    ]);
  });
});
