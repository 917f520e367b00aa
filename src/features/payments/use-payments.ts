import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db';
import { listClients } from '../../db/repositories/clients';
import { listInvoices, listInvoicesAwaitingPayment } from '../../db/repositories/invoices';
import { listPayments, listPaymentsFiltered } from '../../db/repositories/payments';
import { listProjects } from '../../db/repositories/projects';
import type { Client, Invoice, Payment, Project } from '../../domain/model';
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

export interface PaymentParties {
  clients: Client[];
  /** Issued invoices still owed on, for every client: the form narrows them to the chosen one. */
  openInvoices: Invoice[];
  projects: Project[];
}

/** Who can pay and for what: active clients, the invoices awaiting money, and projects for payments without one. */
export function usePaymentParties(): PaymentParties | undefined {
  return useLiveQuery(async () => {
    const [clients, openInvoices, projects] = await Promise.all([listClients(db), listInvoicesAwaitingPayment(db), listProjects(db)]);
    return { clients, openInvoices: openInvoices.filter((invoice) => invoice.kind === 'invoice'), projects };
  }, []);
}

/**
 * The rate last recorded from `currency` into `baseCurrency`, to start the next payment from: rates drift, but a
 * freelancer paid monthly in one currency usually types something close. Undefined until read or when none exists.
 */
export function useRecentExchangeRate(currency: string, baseCurrency: string): number | undefined {
  return useLiveQuery(async () => {
    if (currency === baseCurrency) return 1;
    const payments = await listPayments(db);
    return payments.find((payment) => payment.currency === currency && payment.baseCurrency === baseCurrency)?.exchangeRate;
  }, [currency, baseCurrency]);
}
