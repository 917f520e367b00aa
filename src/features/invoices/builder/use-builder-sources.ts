import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../db';
import { listClients } from '../../../db/repositories/clients';
import { getInvoice, listInvoices } from '../../../db/repositories/invoices';
import { listUnbilledTimeEntries } from '../../../db/repositories/invoicing';
import { listProjects } from '../../../db/repositories/projects';
import type { Client, Invoice, Project, TimeEntry } from '../../../domain/model';

export interface ClientBillingSources {
  clientId: string;
  projects: Project[];
  /** Unbilled entries of any date; when a draft is edited, the entries it already bills count as unbilled for it. */
  entries: TimeEntry[];
  /** The client's latest issued invoice, whose tax treatment a new one starts from. */
  previousInvoice: Invoice | undefined;
}

/** All of time: the builder narrows to its period itself, so changing the days needs no new query. */
const ALL_TIME = { from: 0, to: Number.MAX_SAFE_INTEGER };

/** What can go on an invoice for one client: their projects and every unbilled, billable, stopped entry. */
export function useClientBillingSources(clientId: string, draft: Pick<Invoice, 'id'> | undefined): ClientBillingSources | undefined {
  const draftId = draft?.id;
  return useLiveQuery(async () => {
    if (clientId === '') return { clientId, projects: [], entries: [], previousInvoice: undefined };
    const [projects, entries, invoices] = await Promise.all([
      listProjects(db, { clientId }),
      listUnbilledTimeEntries(db, { clientId, ...ALL_TIME, ...(draftId === undefined ? {} : { exceptInvoiceId: draftId }) }),
      listInvoices(db, { clientId }),
    ]);
    const previousInvoice = invoices.find((invoice) => invoice.kind === 'invoice' && invoice.status !== 'draft' && invoice.status !== 'void' && invoice.lines.length > 0);
    return { clientId, projects, entries, previousInvoice };
  }, [clientId, draftId]);
}

export interface BuilderRecords {
  clients: Client[];
  /** The invoice being edited, as stored, whatever its state; none for a new invoice. */
  draft: Invoice | undefined;
}

/**
 * Who the builder can bill and, when editing, the draft. A new invoice offers active clients only; a draft keeps
 * its client even once archived.
 */
export function useBuilderRecords(mode: 'new' | 'edit', invoiceId: string): BuilderRecords | undefined {
  return useLiveQuery(async () => {
    const [clients, draft] = await Promise.all([listClients(db, { includeArchived: mode === 'edit' }), mode === 'edit' ? getInvoice(db, invoiceId) : Promise.resolve(undefined)]);
    return { clients, draft };
  }, [mode, invoiceId]);
}
