import { invoiceOutstandingMinor, isInvoiceOverdue } from '../../domain/invoices/invoice-status';
import type { Invoice } from '../../domain/model';

export interface InvoiceCurrencyTotals {
  currency: string;
  /** Gross invoiced, credit notes subtracted; drafts and void invoices left out. */
  invoicedMinor: number;
  outstandingMinor: number;
  overdueMinor: number;
}

/** One line per currency, alphabetical: amounts in different currencies are never added together. */
export function invoiceTotalsByCurrency(invoices: readonly Invoice[], todayKey: string): InvoiceCurrencyTotals[] {
  const byCurrency = new Map<string, InvoiceCurrencyTotals>();
  for (const invoice of invoices) {
    if (invoice.status === 'draft' || invoice.status === 'void') continue;
    const totals = byCurrency.get(invoice.currency) ?? { currency: invoice.currency, invoicedMinor: 0, outstandingMinor: 0, overdueMinor: 0 };
    const gross = invoice.totals.grossMinor;
    totals.invoicedMinor += invoice.kind === 'creditNote' ? -Math.abs(gross) : gross;
    const outstanding = invoiceOutstandingMinor(invoice);
    totals.outstandingMinor += outstanding;
    if (isInvoiceOverdue(invoice, todayKey)) totals.overdueMinor += outstanding;
    byCurrency.set(invoice.currency, totals);
  }
  return [...byCurrency.values()].sort((a, b) => a.currency.localeCompare(b.currency));
}
