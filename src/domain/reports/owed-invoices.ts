import { daysBetween } from '../clients/client-metrics';
import { invoiceOutstandingMinor, isInvoiceOverdue } from '../invoices/invoice-status';
import type { Invoice } from '../model';

/** An invoice a client still owes on, as the Dashboard lists it. */
export interface OwedInvoice {
  invoiceId: string;
  number: string | undefined;
  clientId: string;
  currency: string;
  outstandingMinor: number;
  dueDate: string | undefined;
  /** Days past the due date; 0 when not overdue. */
  daysOverdue: number;
}

/**
 * What is owed, the oldest due first (the one to chase first), then by issue date and number; invoices with no due
 * date come last. Nothing is summed: each keeps its own currency.
 */
export function owedOldestFirst(invoices: readonly Invoice[], todayKey: string): OwedInvoice[] {
  return invoices
    .filter((invoice) => invoice.deletedAt === undefined && invoiceOutstandingMinor(invoice) > 0)
    .sort(
      (a, b) =>
        (a.dueDate ?? '9999-12-31').localeCompare(b.dueDate ?? '9999-12-31') ||
        (a.issueDate ?? '').localeCompare(b.issueDate ?? '') ||
        (a.number ?? '').localeCompare(b.number ?? ''),
    )
    .map((invoice) => ({
      invoiceId: invoice.id,
      number: invoice.number,
      clientId: invoice.clientId,
      currency: invoice.currency,
      outstandingMinor: invoiceOutstandingMinor(invoice),
      dueDate: invoice.dueDate,
      daysOverdue: isInvoiceOverdue(invoice, todayKey) && invoice.dueDate !== undefined ? daysBetween(invoice.dueDate, todayKey) : 0,
    }));
}
