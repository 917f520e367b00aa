import { describe, expect, it } from 'vitest';
import type { Invoice } from '../../../../src/domain/model';
import { daysSince, invoicesCountSummary, invoiceTitle, overdueLabel } from '../../../../src/features/invoices/invoice-labels';

function invoice(id: string, overrides: Partial<Invoice> = {}): Invoice {
  return {
    id,
    createdAt: 0,
    updatedAt: 0,
    kind: 'invoice',
    clientId: 'c',
    currency: 'EUR',
    status: 'sent',
    lines: [],
    reverseCharge: false,
    totals: { netMinor: 0, taxMinor: 0, grossMinor: 0, taxGroups: [] },
    notes: '',
    paidMinor: 0,
    ...overrides,
  };
}

describe('invoicesCountSummary', () => {
  it('counts invoices apart from credit notes, and drafts among them', () => {
    const invoices = [invoice('a'), invoice('b', { status: 'draft' }), invoice('c', { status: 'draft' }), invoice('d', { kind: 'creditNote' })];
    expect(invoicesCountSummary(invoices)).toBe('3 invoices · 2 drafts · 1 credit note');
  });

  it('uses the singular for one invoice and leaves out empty counts', () => {
    expect(invoicesCountSummary([invoice('a')])).toBe('1 invoice');
  });
});

describe('overdue and titles', () => {
  it('counts calendar days past the due date, across a month end', () => {
    expect(daysSince('2026-03-28', '2026-04-02')).toBe(5);
    expect(overdueLabel('2026-04-01', '2026-04-02')).toBe('1 day overdue');
    expect(overdueLabel('2026-02-01', '2026-03-01')).toBe('28 days overdue');
  });

  it('names invoices, credit notes and drafts', () => {
    expect(invoiceTitle({ kind: 'invoice', number: '2026-0007' })).toBe('Invoice 2026-0007');
    expect(invoiceTitle({ kind: 'creditNote', number: '2026-0008' })).toBe('Credit note 2026-0008');
    expect(invoiceTitle({ kind: 'invoice', number: undefined })).toBe('Draft invoice');
  });
});
