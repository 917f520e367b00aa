import { describe, expect, it } from 'vitest';
import { invoiceFilterCounts, isInvoiceListFilter, matchesInvoiceFilter, noInvoicesMessage } from '../../../../src/features/invoices/invoice-list-filter';
import { invoice, owing } from './invoice-records';

const TODAY = '2026-04-10';
const invoices = [
  invoice('draft', { status: 'draft' }),
  owing('late', 10_000, '2026-04-01'),
  owing('due', 10_000, '2026-04-30', { status: 'partiallyPaid', paidMinor: 4_000 }),
  owing('dueToday', 10_000, TODAY, { status: 'issued' }),
  owing('paid', 10_000, '2026-03-01', { status: 'paid', paidMinor: 10_000 }),
  owing('void', 10_000, '2026-03-01', { status: 'void' }),
  owing('credited', 10_000, '2026-03-01', { creditedByInvoiceId: 'credit' }),
  owing('credit', -10_000, '2026-03-01', { kind: 'creditNote', status: 'issued', creditedInvoiceId: 'credited' }),
];

function ids(filter: Parameters<typeof matchesInvoiceFilter>[1]): string[] {
  return invoices.filter((candidate) => matchesInvoiceFilter(candidate, filter, TODAY)).map((candidate) => candidate.id);
}

describe('matchesInvoiceFilter', () => {
  it('puts each invoice in the views a freelancer expects', () => {
    expect(ids('all')).toHaveLength(invoices.length);
    expect(ids('draft')).toEqual(['draft']);
    expect(ids('outstanding')).toEqual(['late', 'due', 'dueToday']);
    expect(ids('overdue')).toEqual(['late']);
    expect(ids('paid')).toEqual(['paid']);
    expect(ids('void')).toEqual(['void']);
    expect(ids('creditNote')).toEqual(['credit']);
  });
});

describe('invoiceFilterCounts', () => {
  it('counts each view', () => {
    expect(invoiceFilterCounts(invoices, TODAY)).toEqual({ all: 8, draft: 1, outstanding: 3, overdue: 1, paid: 1, void: 1, creditNote: 1 });
  });
});

describe('isInvoiceListFilter', () => {
  it('accepts only the views there are', () => {
    expect(isInvoiceListFilter('overdue')).toBe(true);
    expect(isInvoiceListFilter('late')).toBe(false);
    expect(isInvoiceListFilter(null)).toBe(false);
    expect(noInvoicesMessage('overdue')).toBe('Nothing overdue.');
  });
});
