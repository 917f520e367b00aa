import type { Invoice, InvoiceStatus } from '../model';

/** What a list shows: the stored status, or "overdue" once an unpaid invoice passes its due date. */
export type InvoiceDisplayStatus = InvoiceStatus | 'overdue';

type InvoiceDue = Pick<Invoice, 'kind' | 'status' | 'dueDate'>;

/** Statuses in which the client still owes money on an invoice. */
export const STATUSES_AWAITING_PAYMENT: readonly InvoiceStatus[] = ['issued', 'sent', 'partiallyPaid'];
const AWAITING_PAYMENT: ReadonlySet<InvoiceStatus> = new Set(STATUSES_AWAITING_PAYMENT);

/**
 * Overdue is derived, never stored: an issued invoice (not a credit note) still awaiting payment whose due date lies
 * before today's local date. `todayKey` is the local calendar day `YYYY-MM-DD`, so the due day itself is not overdue.
 */
export function isInvoiceOverdue(invoice: InvoiceDue, todayKey: string): boolean {
  if (invoice.kind !== 'invoice' || invoice.dueDate === undefined) return false;
  return AWAITING_PAYMENT.has(invoice.status) && invoice.dueDate < todayKey;
}

export function invoiceDisplayStatus(invoice: InvoiceDue, todayKey: string): InvoiceDisplayStatus {
  return isInvoiceOverdue(invoice, todayKey) ? 'overdue' : invoice.status;
}

/** What the client still owes: nothing on drafts, void invoices and credit notes. */
export function invoiceOutstandingMinor(invoice: Pick<Invoice, 'kind' | 'status' | 'totals' | 'paidMinor'>): number {
  if (invoice.kind !== 'invoice' || !AWAITING_PAYMENT.has(invoice.status)) return 0;
  return Math.max(0, invoice.totals.grossMinor - invoice.paidMinor);
}
