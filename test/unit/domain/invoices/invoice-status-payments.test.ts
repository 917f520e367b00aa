import { describe, expect, it } from 'vitest';
import { invoiceDisplayStatus, invoiceOutstandingMinor, invoiceStatusAfterPayments, isInvoiceCredited, isInvoiceOverdue } from '../../../../src/domain/invoices/invoice-status';
import type { Invoice, InvoiceStatus } from '../../../../src/domain/model';

const totals = { netMinor: 100_000, taxMinor: 19_000, grossMinor: 119_000, taxGroups: [] };

function invoice(status: InvoiceStatus, overrides: Partial<Invoice> = {}): Pick<Invoice, 'kind' | 'status' | 'totals' | 'sentAt' | 'paidMinor' | 'dueDate' | 'creditedByInvoiceId'> {
  return { kind: 'invoice', status, totals, paidMinor: 0, dueDate: '2026-03-15', ...overrides };
}

describe('invoiceStatusAfterPayments', () => {
  it('moves an issued or sent invoice to partly paid, then paid', () => {
    expect(invoiceStatusAfterPayments(invoice('issued'), 50_000)).toBe('partiallyPaid');
    expect(invoiceStatusAfterPayments(invoice('sent', { sentAt: 1 }), 118_999)).toBe('partiallyPaid');
    expect(invoiceStatusAfterPayments(invoice('partiallyPaid', { sentAt: 1 }), 119_000)).toBe('paid');
    expect(invoiceStatusAfterPayments(invoice('sent', { sentAt: 1 }), 119_000)).toBe('paid');
  });

  it('goes back to sent, or issued if it never went out, when its payments are taken away', () => {
    expect(invoiceStatusAfterPayments(invoice('paid', { sentAt: 1 }), 0)).toBe('sent');
    expect(invoiceStatusAfterPayments(invoice('partiallyPaid'), 0)).toBe('issued');
    expect(invoiceStatusAfterPayments(invoice('paid', { sentAt: 1 }), 10)).toBe('partiallyPaid');
  });

  it('leaves drafts, void invoices and credit notes as they are', () => {
    expect(invoiceStatusAfterPayments(invoice('draft'), 119_000)).toBe('draft');
    expect(invoiceStatusAfterPayments(invoice('void'), 119_000)).toBe('void');
    expect(invoiceStatusAfterPayments(invoice('issued', { kind: 'creditNote' }), 119_000)).toBe('issued');
  });
});

describe('an invoice a credit note cancelled', () => {
  const credited = invoice('sent', { sentAt: 1, creditedByInvoiceId: 'credit-1' });

  it('is owed nothing and never overdue, though it keeps its status as history', () => {
    expect(isInvoiceCredited(credited)).toBe(true);
    expect(isInvoiceCredited(invoice('sent'))).toBe(false);
    expect(invoiceOutstandingMinor(credited)).toBe(0);
    expect(invoiceOutstandingMinor(invoice('sent'))).toBe(119_000);
    expect(isInvoiceOverdue(credited, '2026-04-01')).toBe(false);
    expect(invoiceDisplayStatus(credited, '2026-04-01')).toBe('sent');
  });
});
