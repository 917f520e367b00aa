import type { Invoice, InvoiceStatus } from '../model';

/** What a list shows: the stored status, or "overdue" once an unpaid invoice passes its due date. */
export type InvoiceDisplayStatus = InvoiceStatus | 'overdue';

type InvoiceDue = Pick<Invoice, 'kind' | 'status' | 'dueDate' | 'creditedByInvoiceId'>;

/** Statuses in which the client still owes money on an invoice. */
export const STATUSES_AWAITING_PAYMENT: readonly InvoiceStatus[] = ['issued', 'sent', 'partiallyPaid'];
const AWAITING_PAYMENT: ReadonlySet<InvoiceStatus> = new Set(STATUSES_AWAITING_PAYMENT);

/** A credit note cancelled this invoice: it keeps its number and status as history, but nothing is owed on it. */
export function isInvoiceCredited(invoice: Pick<Invoice, 'creditedByInvoiceId'>): boolean {
  return invoice.creditedByInvoiceId !== undefined;
}

/**
 * Overdue is derived, never stored: an issued invoice (not a credit note) still awaiting payment whose due date lies
 * before today's local date. `todayKey` is the local calendar day `YYYY-MM-DD`, so the due day itself is not overdue.
 */
export function isInvoiceOverdue(invoice: InvoiceDue, todayKey: string): boolean {
  if (invoice.kind !== 'invoice' || invoice.dueDate === undefined || isInvoiceCredited(invoice)) return false;
  return AWAITING_PAYMENT.has(invoice.status) && invoice.dueDate < todayKey;
}

export function invoiceDisplayStatus(invoice: InvoiceDue, todayKey: string): InvoiceDisplayStatus {
  return isInvoiceOverdue(invoice, todayKey) ? 'overdue' : invoice.status;
}

/** What the client still owes: nothing on drafts, void invoices, credit notes and invoices a credit note cancelled. */
export function invoiceOutstandingMinor(invoice: Pick<Invoice, 'kind' | 'status' | 'totals' | 'paidMinor' | 'creditedByInvoiceId'>): number {
  if (invoice.kind !== 'invoice' || !AWAITING_PAYMENT.has(invoice.status) || isInvoiceCredited(invoice)) return 0;
  return Math.max(0, invoice.totals.grossMinor - invoice.paidMinor);
}

/**
 * The status an invoice takes once `paidMinor` of it has been received: paid when the gross is covered, partially
 * paid when something came in, and back to sent (or issued, if it never went out) when payments were taken away.
 * Drafts, void invoices and credit notes keep their status: payments do not move them.
 */
export function invoiceStatusAfterPayments(invoice: Pick<Invoice, 'kind' | 'status' | 'totals' | 'sentAt'>, paidMinor: number): InvoiceStatus {
  if (invoice.kind !== 'invoice' || invoice.status === 'draft' || invoice.status === 'void') return invoice.status;
  if (paidMinor > 0 && paidMinor >= invoice.totals.grossMinor) return 'paid';
  if (paidMinor > 0) return 'partiallyPaid';
  return invoice.sentAt === undefined ? 'issued' : 'sent';
}
