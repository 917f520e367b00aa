import { describe, expect, it } from 'vitest';
import { availableInvoiceActions } from '../../../../../src/features/invoices/detail/invoice-actions';
import { invoice } from '../invoice-records';

describe('availableInvoiceActions', () => {
  it('lets a draft be issued, edited, printed or deleted', () => {
    expect(availableInvoiceActions(invoice('a', { status: 'draft' }))).toEqual(['issue', 'editDraft', 'savePdf', 'deleteDraft']);
  });

  it('lets an issued invoice be paid, sent, printed, credited and, while unpaid, voided', () => {
    expect(availableInvoiceActions(invoice('a', { status: 'issued' }))).toEqual(['recordPayment', 'markSent', 'savePdf', 'creditNote', 'void']);
    expect(availableInvoiceActions(invoice('a', { status: 'partiallyPaid', paidMinor: 100 }))).toEqual(['recordPayment', 'savePdf', 'creditNote']);
    expect(availableInvoiceActions(invoice('a', { status: 'paid', paidMinor: 100 }))).toEqual(['savePdf', 'creditNote']);
  });

  it('only prints history: credit notes, void and credited invoices', () => {
    expect(availableInvoiceActions(invoice('a', { kind: 'creditNote', status: 'issued' }))).toEqual(['savePdf']);
    expect(availableInvoiceActions(invoice('a', { status: 'void' }))).toEqual(['savePdf']);
    expect(availableInvoiceActions(invoice('a', { status: 'sent', creditedByInvoiceId: 'b' }))).toEqual(['savePdf']);
  });
});
