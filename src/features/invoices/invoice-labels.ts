import type { InvoiceDisplayStatus } from '../../domain/invoices/invoice-status';
import type { Invoice } from '../../domain/model';
import type { BadgeTone } from '../../ui/Badge';

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

const MS_PER_DAY = 86_400_000;

function dayNumber(day: string): number {
  const [year = 0, month = 1, dayOfMonth = 1] = day.split('-').map(Number);
  return Date.UTC(year, month - 1, dayOfMonth) / MS_PER_DAY;
}

/** Whole calendar days from `day` to `today`; positive once `day` is past. */
export function daysSince(day: string, today: string): number {
  return Math.round(dayNumber(today) - dayNumber(day));
}

/** "1 day overdue", "12 days overdue". */
export function overdueLabel(dueDate: string, today: string): string {
  const days = daysSince(dueDate, today);
  return `${days} ${days === 1 ? 'day' : 'days'} overdue`;
}

/** How an invoice is named in headings and messages: "Invoice 2026-0007", "Credit note 2026-0008", "Draft invoice". */
export function invoiceTitle(invoice: Pick<Invoice, 'kind' | 'number'>): string {
  const noun = invoice.kind === 'creditNote' ? 'Credit note' : 'Invoice';
  return invoice.number === undefined ? `Draft ${noun.toLowerCase()}` : `${noun} ${invoice.number}`;
}
