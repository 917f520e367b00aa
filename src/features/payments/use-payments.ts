import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db';
import { listClients } from '../../db/repositories/clients';
import { listInvoices } from '../../db/repositories/invoices';
import { listPayments } from '../../db/repositories/payments';
import type { Client, Invoice, Payment } from '../../domain/model';

export interface PaymentsView {
  payments: Payment[];
  clientsById: ReadonlyMap<string, Client>;
  /** For the invoice number beside each payment. */
  invoicesById: ReadonlyMap<string, Invoice>;
}

/** Every live payment, newest first, with the clients and invoices they settle. */
export function usePayments(): PaymentsView | undefined {
  return useLiveQuery(async () => {
    const [payments, clients, invoices] = await Promise.all([listPayments(db), listClients(db, { includeArchived: true }), listInvoices(db)]);
    return {
      payments,
      clientsById: new Map(clients.map((client) => [client.id, client])),
      invoicesById: new Map(invoices.map((invoice) => [invoice.id, invoice])),
    };
  }, []);
}
