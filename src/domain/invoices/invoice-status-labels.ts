import type { InvoiceDisplayStatus } from './invoice-status';

/** How each status reads on screen and in exports, so the list and the CSV never name a status differently. */
export const INVOICE_STATUS_LABELS: Record<InvoiceDisplayStatus, string> = {
  draft: 'Draft',
  issued: 'Issued',
  sent: 'Sent',
  partiallyPaid: 'Partly paid',
  paid: 'Paid',
  void: 'Void',
  overdue: 'Overdue',
};
