import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db';
import { listClients } from '../../db/repositories/clients';
import { listInvoicesAwaitingPayment } from '../../db/repositories/invoices';
import { listProjects } from '../../db/repositories/projects';
import type { Client, Invoice, Project } from '../../domain/model';

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
