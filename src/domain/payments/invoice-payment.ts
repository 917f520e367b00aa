import { invoiceOutstandingMinor, isInvoiceCredited } from '../invoices/invoice-status';
import type { Invoice, Payment } from '../model';
import { formatMoney } from '../money/format';

/** A reason a payment cannot be recorded against an invoice, keyed by the field to show it beside. */
export interface PaymentRefusal {
  field: 'invoiceId' | 'currency' | 'amountMinor';
  message: string;
}

type PaymentAgainstInvoice = Pick<Payment, 'amountMinor' | 'currency'>;

function invoiceLabel(invoice: Pick<Invoice, 'number'>): string {
  return invoice.number === undefined ? 'this invoice' : `invoice ${invoice.number}`;
}

/**
 * Why `payment` cannot be recorded against `invoice`, or undefined when it can: the invoice must be issued and
 * still owed on, the payment in its currency, and no more than what is outstanding (a client who paid too much is
 * owed a refund, which is not a payment of this invoice). `locale` formats the amount in the message.
 */
export function invoicePaymentRefusal(
  invoice: Pick<Invoice, 'kind' | 'status' | 'number' | 'currency' | 'totals' | 'paidMinor' | 'creditedByInvoiceId'>,
  payment: PaymentAgainstInvoice,
  locale: string,
): PaymentRefusal | undefined {
  const label = invoiceLabel(invoice);
  if (invoice.kind === 'creditNote') return { field: 'invoiceId', message: 'A credit note is not paid; choose the invoice instead' };
  if (invoice.status === 'draft') return { field: 'invoiceId', message: 'Issue this invoice before recording a payment against it' };
  if (invoice.status === 'void') return { field: 'invoiceId', message: `${capitalised(label)} is void` };
  if (isInvoiceCredited(invoice)) return { field: 'invoiceId', message: `${capitalised(label)} was cancelled by a credit note` };
  if (payment.currency !== invoice.currency) {
    return { field: 'currency', message: `Record the payment in ${invoice.currency}, the currency of ${label}` };
  }
  const outstanding = invoiceOutstandingMinor(invoice);
  if (outstanding === 0) return { field: 'invoiceId', message: `${capitalised(label)} is already paid in full` };
  if (payment.amountMinor > outstanding) {
    return { field: 'amountMinor', message: `Only ${formatMoney(outstanding, invoice.currency, locale)} is still owed on ${label}` };
  }
  return undefined;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** What the payments recorded against an invoice add up to: only those in its currency count toward it. */
export function paidTowardInvoice(invoice: Pick<Invoice, 'currency'>, payments: readonly Pick<Payment, 'amountMinor' | 'currency' | 'deletedAt'>[]): number {
  return payments.reduce((sum, payment) => (payment.deletedAt === undefined && payment.currency === invoice.currency ? sum + payment.amountMinor : sum), 0);
}
