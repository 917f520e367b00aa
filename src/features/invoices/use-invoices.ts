import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db';
import { listClients } from '../../db/repositories/clients';
import { listInvoices } from '../../db/repositories/invoices';
import type { Client, Invoice } from '../../domain/model';

export interface InvoicesView {
  invoices: Invoice[];
  clientsById: ReadonlyMap<string, Client>;
}

/** Every live invoice and credit note, newest first, with their clients. */
export function useInvoices(): InvoicesView | undefined {
  return useLiveQuery(async () => {
    const [invoices, clients] = await Promise.all([listInvoices(db), listClients(db, { includeArchived: true })]);
    return { invoices, clientsById: new Map(clients.map((client) => [client.id, client])) };
  }, []);
}
