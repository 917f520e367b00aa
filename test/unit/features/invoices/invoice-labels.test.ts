import { describe, expect, it } from 'vitest';
import type { Invoice } from '../../../../src/domain/model';
import { invoicesCountSummary } from '../../../../src/features/invoices/invoice-labels';

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
