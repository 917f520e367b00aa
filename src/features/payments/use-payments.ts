import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db';
import { listClients } from '../../db/repositories/clients';
import { listInvoices } from '../../db/repositories/invoices';
import { listPayments, listPaymentsFiltered } from '../../db/repositories/payments';
import type { Client, Invoice, Payment } from '../../domain/model';
import type { PaymentFilters } from './payment-filters';

export interface PaymentsView {
  /** The payments the filters let through, newest first. */
  payments: Payment[];
  /** Whether any payment exists at all, so an empty filtered list is told apart from an empty book. */
  anyPayments: boolean;
  clients: Client[];
  clientsById: ReadonlyMap<string, Client>;
  /** For the invoice number beside each payment. */
  invoicesById: ReadonlyMap<string, Invoice>;
}

/** Live payments through the filters, with the clients and invoices they settle. */
export function usePayments(filters: PaymentFilters): PaymentsView | undefined {
  const { clientId, from, to, method } = filters;
  return useLiveQuery(async () => {
    const filtered = clientId !== undefined || from !== undefined || to !== undefined || method !== undefined;
    const [payments, clients, invoices] = await Promise.all([
      listPaymentsFiltered(db, { clientId, from, to, method }),
      listClients(db, { includeArchived: true }),
      listInvoices(db),
    ]);
    const anyPayments = payments.length > 0 || (filtered && (await listPayments(db)).length > 0);
    return {
      payments,
      anyPayments,
      clients,
      clientsById: new Map(clients.map((client) => [client.id, client])),
      invoicesById: new Map(invoices.map((invoice) => [invoice.id, invoice])),
    };
  }, [clientId, from, to, method]);
}
