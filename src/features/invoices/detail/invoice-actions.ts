import { isInvoiceCredited, STATUSES_AWAITING_PAYMENT } from '../../../domain/invoices/invoice-status';
import type { Invoice } from '../../../domain/model';

export type InvoiceAction = 'editDraft' | 'issue' | 'deleteDraft' | 'markSent' | 'recordPayment' | 'savePdf' | 'creditNote' | 'void';

const AWAITING = new Set(STATUSES_AWAITING_PAYMENT);

/**
 * What can be done to an invoice in its state. A draft is edited, issued or deleted; an issued invoice is sent, paid,
 * credited or (while unpaid) voided; a credit note, a void or a credited invoice is history and only printed.
 */
export function availableInvoiceActions(invoice: Pick<Invoice, 'kind' | 'status' | 'paidMinor' | 'creditedByInvoiceId'>): InvoiceAction[] {
  if (invoice.status === 'draft') return ['issue', 'editDraft', 'savePdf', 'deleteDraft'];
  if (invoice.kind === 'creditNote' || invoice.status === 'void' || isInvoiceCredited(invoice)) return ['savePdf'];
  const actions: InvoiceAction[] = [];
  if (AWAITING.has(invoice.status)) actions.push('recordPayment');
  if (invoice.status === 'issued') actions.push('markSent');
  actions.push('savePdf', 'creditNote');
  if (invoice.paidMinor === 0) actions.push('void');
  return actions;
}
