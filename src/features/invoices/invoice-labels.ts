import type { InvoiceDisplayStatus } from '../../domain/invoices/invoice-status';
import type { Invoice } from '../../domain/model';
import type { BadgeTone } from '../../ui/Badge';

export const INVOICE_STATUS_LABELS: Record<InvoiceDisplayStatus, string> = {
  draft: 'Draft',
  issued: 'Issued',
  sent: 'Sent',
  partiallyPaid: 'Partly paid',
  paid: 'Paid',
  void: 'Void',
  overdue: 'Overdue',
};

export const INVOICE_STATUS_TONES: Record<InvoiceDisplayStatus, BadgeTone> = {
  draft: 'neutral',
  issued: 'accent',
  sent: 'accent',
  partiallyPaid: 'warning',
  paid: 'success',
  void: 'neutral',
  overdue: 'danger',
};

/** "14 invoices · 2 drafts · 1 credit note": the count line above the per-currency totals. */
export function invoicesCountSummary(invoices: readonly Invoice[]): string {
  const creditNotes = invoices.filter((invoice) => invoice.kind === 'creditNote').length;
  const regular = invoices.length - creditNotes;
  const drafts = invoices.filter((invoice) => invoice.status === 'draft').length;
  const parts = [`${regular} ${regular === 1 ? 'invoice' : 'invoices'}`];
  if (drafts > 0) parts.push(`${drafts} ${drafts === 1 ? 'draft' : 'drafts'}`);
  if (creditNotes > 0) parts.push(`${creditNotes} ${creditNotes === 1 ? 'credit note' : 'credit notes'}`);
  return parts.join(' · ');
}
