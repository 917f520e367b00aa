import { STATUSES_AWAITING_PAYMENT, isInvoiceCredited, isInvoiceOverdue } from '../../domain/invoices/invoice-status';
import type { Invoice } from '../../domain/model';

/** The views of the invoice list, one tab each. */
export type InvoiceListFilter = 'all' | 'draft' | 'outstanding' | 'overdue' | 'paid' | 'void' | 'creditNote';

export const INVOICE_LIST_FILTERS: ReadonlyArray<{ value: InvoiceListFilter; label: string }> = [
  { value: 'all', label: 'All' },
  { value: 'draft', label: 'Drafts' },
  { value: 'outstanding', label: 'Outstanding' },
  { value: 'overdue', label: 'Overdue' },
  { value: 'paid', label: 'Paid' },
  { value: 'void', label: 'Void' },
  { value: 'creditNote', label: 'Credit notes' },
];

const AWAITING = new Set(STATUSES_AWAITING_PAYMENT);

/**
 * Whether an invoice belongs in a view. Outstanding holds every issued invoice still awaiting money, overdue ones
 * included, but not one a credit note cancelled; credit notes appear only under All and Credit notes, so the money
 * views count invoices alone.
 */
export function matchesInvoiceFilter(invoice: Invoice, filter: InvoiceListFilter, today: string): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'creditNote':
      return invoice.kind === 'creditNote';
    case 'draft':
      return invoice.status === 'draft';
    case 'outstanding':
      return invoice.kind === 'invoice' && AWAITING.has(invoice.status) && !isInvoiceCredited(invoice);
    case 'overdue':
      return isInvoiceOverdue(invoice, today);
    case 'paid':
      return invoice.kind === 'invoice' && invoice.status === 'paid';
    case 'void':
      return invoice.status === 'void';
  }
}

/** How many invoices each view holds, for the counts on its tab. */
export function invoiceFilterCounts(invoices: readonly Invoice[], today: string): Record<InvoiceListFilter, number> {
  const counts: Record<InvoiceListFilter, number> = { all: 0, draft: 0, outstanding: 0, overdue: 0, paid: 0, void: 0, creditNote: 0 };
  for (const invoice of invoices) {
    for (const { value } of INVOICE_LIST_FILTERS) if (matchesInvoiceFilter(invoice, value, today)) counts[value] += 1;
  }
  return counts;
}

export function isInvoiceListFilter(value: string | null): value is InvoiceListFilter {
  return INVOICE_LIST_FILTERS.some((filter) => filter.value === value);
}

export function noInvoicesMessage(filter: InvoiceListFilter): string {
  switch (filter) {
    case 'all':
      return 'No invoices yet.';
    case 'draft':
      return 'No drafts: every invoice has been issued.';
    case 'outstanding':
      return 'Nothing outstanding: every issued invoice is paid.';
    case 'overdue':
      return 'Nothing overdue.';
    case 'paid':
      return 'No paid invoices yet.';
    case 'void':
      return 'No void invoices.';
    case 'creditNote':
      return 'No credit notes.';
  }
}
