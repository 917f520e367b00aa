import type { ReputeDb } from '../../../db/db';
import { listClients } from '../../../db/repositories/clients';
import { listInvoices } from '../../../db/repositories/invoices';
import { listPayments } from '../../../db/repositories/payments';
import { listProjects } from '../../../db/repositories/projects';
import { listTimeEntriesInRange } from '../../../db/repositories/time-entries';
import { clientsCsv } from '../../../domain/clients/clients-csv';
import { timeEntriesCsv } from '../../../domain/time-tracking/time-entries-csv';
import { invoicesCsv, invoicesCsvFileName } from '../../../domain/invoices/invoices-csv';
import { paymentsCsv } from '../../../domain/payments/payments-csv';
import { countOf } from '../../../shared/count-text';

export type DataExportKind = 'timeEntries' | 'clients' | 'invoices' | 'payments';

/** A CSV file ready to save, with what it holds for the confirmation ("128 time entries"). */
export interface DataExportFile {
  suggestedName: string;
  content: string;
  summary: string;
}

async function clientsById(db: ReputeDb) {
  const clients = await listClients(db, { includeArchived: true });
  return new Map(clients.map((client) => [client.id, client]));
}

async function invoicesById(db: ReputeDb) {
  const invoices = await listInvoices(db);
  return new Map(invoices.map((invoice) => [invoice.id, invoice]));
}

/** Every time entry, oldest first, the running one included without an end. */
async function timeEntriesFile(db: ReputeDb, today: string): Promise<DataExportFile> {
  const [entries, clients, projects] = await Promise.all([listTimeEntriesInRange(db, { from: 0, to: Number.MAX_SAFE_INTEGER }), clientsById(db), listProjects(db)]);
  const projectNames = new Map(projects.map((project) => [project.id, project.name]));
  const rows = [...entries].reverse().map((entry) => ({
    start: entry.start,
    end: entry.end,
    timeZone: entry.timeZone,
    clientName: clients.get(entry.clientId)?.name ?? '',
    projectName: projectNames.get(entry.projectId) ?? '',
    description: entry.description,
    tags: entry.tags,
    billable: entry.billable,
    invoiced: entry.invoiceId !== undefined,
  }));
  return { suggestedName: `Time entries ${today}.csv`, content: timeEntriesCsv(rows), summary: countOf(rows.length, 'time entry', 'time entries') };
}

/** Every client, archived ones too, by name. */
async function clientsFile(db: ReputeDb, today: string): Promise<DataExportFile> {
  const clients = await listClients(db, { includeArchived: true });
  return { suggestedName: `Clients ${today}.csv`, content: clientsCsv(clients), summary: countOf(clients.length, 'client', 'clients') };
}

async function invoicesFile(db: ReputeDb, today: string): Promise<DataExportFile> {
  const [newestFirst, clients] = await Promise.all([listInvoices(db), clientsById(db)]);
  const invoices = [...newestFirst].reverse();
  const byId = new Map(invoices.map((invoice) => [invoice.id, invoice]));
  return {
    suggestedName: invoicesCsvFileName(today),
    content: invoicesCsv(invoices, { clientsById: clients, invoicesById: byId, today }),
    summary: countOf(invoices.length, 'invoice', 'invoices'),
  };
}

async function paymentsFile(db: ReputeDb, today: string): Promise<DataExportFile> {
  const [newestFirst, clients, invoices] = await Promise.all([listPayments(db), clientsById(db), invoicesById(db)]);
  const payments = [...newestFirst].reverse();
  return {
    suggestedName: `Payments ${today}.csv`,
    content: paymentsCsv(payments, { clientsById: clients, invoicesById: invoices }),
    summary: countOf(payments.length, 'payment', 'payments'),
  };
}

/** The whole of one kind of record as a CSV file, oldest first, named for `today` (the local day, YYYY-MM-DD). */
export function buildDataExport(db: ReputeDb, kind: DataExportKind, today: string): Promise<DataExportFile> {
  switch (kind) {
    case 'timeEntries':
      return timeEntriesFile(db, today);
    case 'clients':
      return clientsFile(db, today);
    case 'invoices':
      return invoicesFile(db, today);
    case 'payments':
      return paymentsFile(db, today);
  }
}
