import { describe, expect, it } from 'vitest';
import { invoiceDisplayStatus, invoiceOutstandingMinor, isInvoiceOverdue } from '../../../../src/domain/invoices/invoice-status';
import type { InvoiceStatus } from '../../../../src/domain/model';

const totals = { netMinor: 100_000, taxMinor: 19_000, grossMinor: 119_000, taxGroups: [] };
const sent = { kind: 'invoice' as const, status: 'sent' as InvoiceStatus, dueDate: '2026-03-15', totals, paidMinor: 0 };

describe('isInvoiceOverdue', () => {
  it('is overdue the day after the due date', () => {
    expect(isInvoiceOverdue(sent, '2026-03-16')).toBe(true);
  });

  it('is not overdue on the due date itself', () => {
    expect(isInvoiceOverdue(sent, '2026-03-15')).toBe(false);
  });

  it('counts issued and partially paid invoices as awaiting payment', () => {
    expect(isInvoiceOverdue({ ...sent, status: 'issued' }, '2026-04-01')).toBe(true);
    expect(isInvoiceOverdue({ ...sent, status: 'partiallyPaid' }, '2026-04-01')).toBe(true);
  });

  it('never marks paid, void or draft invoices overdue', () => {
    for (const status of ['paid', 'void', 'draft'] as const) {
      expect(isInvoiceOverdue({ ...sent, status }, '2026-04-01')).toBe(false);
    }
  });

  it('never marks credit notes or invoices without a due date overdue', () => {
    expect(isInvoiceOverdue({ ...sent, kind: 'creditNote' }, '2026-04-01')).toBe(false);
    expect(isInvoiceOverdue({ ...sent, dueDate: undefined }, '2026-04-01')).toBe(false);
  });
});

describe('invoiceDisplayStatus', () => {
  it('replaces the stored status with overdue once past due', () => {
    expect(invoiceDisplayStatus(sent, '2026-03-20')).toBe('overdue');
  });

  it('keeps the stored status otherwise', () => {
    expect(invoiceDisplayStatus(sent, '2026-03-01')).toBe('sent');
    expect(invoiceDisplayStatus({ ...sent, status: 'paid' }, '2026-03-20')).toBe('paid');
  });
});

describe('invoiceOutstandingMinor', () => {
  it('is the gross total less what was paid', () => {
    expect(invoiceOutstandingMinor({ ...sent, status: 'partiallyPaid', paidMinor: 19_000 })).toBe(100_000);
  });

  it('is zero for drafts, void invoices, credit notes and paid invoices', () => {
    expect(invoiceOutstandingMinor({ ...sent, status: 'draft' })).toBe(0);
    expect(invoiceOutstandingMinor({ ...sent, status: 'void' })).toBe(0);
    expect(invoiceOutstandingMinor({ ...sent, kind: 'creditNote' })).toBe(0);
    expect(invoiceOutstandingMinor({ ...sent, status: 'paid', paidMinor: 119_000 })).toBe(0);
  });

  it('never goes negative when a client overpays', () => {
    expect(invoiceOutstandingMinor({ ...sent, paidMinor: 200_000 })).toBe(0);
  });
});
