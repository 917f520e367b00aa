import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../db';
import { getClient } from '../../../db/repositories/clients';
import { getInvoice } from '../../../db/repositories/invoices';
import { listPayments } from '../../../db/repositories/payments';
import type { Client, Invoice, Payment } from '../../../domain/model';

export interface InvoiceDetail {
  invoice: Invoice;
  client: Client | undefined;
  /** Payments received against it, newest first. */
  payments: Payment[];
  /** The invoice a credit note cancels, or the credit note that cancelled an invoice. */
  related: Invoice | undefined;
}

/** One invoice with its client, payments and the credit note on either side; null once it is gone. */
export function useInvoiceDetail(invoiceId: string): InvoiceDetail | null | undefined {
  return useLiveQuery(async () => {
    const invoice = await getInvoice(db, invoiceId);
    if (invoice === undefined || invoice.deletedAt !== undefined) return null;
    const relatedId = invoice.creditedInvoiceId ?? invoice.creditedByInvoiceId;
    const [client, payments, related] = await Promise.all([
      getClient(db, invoice.clientId),
      listPayments(db, { invoiceId }),
      relatedId === undefined ? Promise.resolve(undefined) : getInvoice(db, relatedId),
    ]);
    return { invoice, client, payments, related };
  }, [invoiceId]);
}
