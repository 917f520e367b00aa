import type { ReputeDb } from '../db';
import { isLive } from './record-commands';

/** The few fields by which the command palette finds and names a record. */
export interface FindableRecords {
  clients: Array<{ id: string; name: string; company?: string }>;
  projects: Array<{ id: string; name: string; clientId: string }>;
  proposals: Array<{ id: string; title: string; clientId?: string; prospectName?: string }>;
  invoices: Array<{ id: string; number?: string; kind: 'invoice' | 'creditNote'; clientId: string }>;
}

/**
 * Every live client, project, proposal and invoice, cut down to the fields the palette searches, so the palette
 * keeps thousands of them in memory while open and filters them there at each keystroke rather than reading again.
 */
export async function listFindableRecords(db: ReputeDb): Promise<FindableRecords> {
  return db.transaction('r', [db.clients, db.projects, db.proposals, db.invoices], async () => {
    const [clients, projects, proposals, invoices] = await Promise.all([
      db.clients.filter(isLive).toArray(),
      db.projects.filter(isLive).toArray(),
      db.proposals.filter(isLive).toArray(),
      db.invoices.filter(isLive).toArray(),
    ]);
    return {
      clients: clients.map(({ id, name, company }) => (company === undefined || company === '' ? { id, name } : { id, name, company })),
      projects: projects.map(({ id, name, clientId }) => ({ id, name, clientId })),
      proposals: proposals.map(({ id, title, clientId, prospect }) => ({
        id,
        title,
        ...(clientId === undefined ? {} : { clientId }),
        ...(prospect === undefined ? {} : { prospectName: prospect.name }),
      })),
      invoices: invoices.map(({ id, number, kind, clientId }) => (number === undefined ? { id, kind, clientId } : { id, number, kind, clientId })),
    };
  });
}
