import { clientInputSchema, type Client, type ClientInput } from '../../domain/model';
import type { ReputeDb } from '../db';
import { createPlainRecord, isLive, setDeletedAt, updatePlainRecord } from './record-commands';
import type { WriteResult } from './write-result';

export function createClient(db: ReputeDb, input: ClientInput): Promise<WriteResult<Client>> {
  return createPlainRecord(db.clients, clientInputSchema, input);
}

export function updateClient(db: ReputeDb, id: string, patch: Partial<ClientInput>): Promise<WriteResult<Client>> {
  return updatePlainRecord(db.clients, clientInputSchema, 'client', id, patch);
}

/** Soft delete: the client stays stored with deletedAt set, so it can be restored. */
export async function deleteClient(db: ReputeDb, id: string): Promise<void> {
  await db.transaction('rw', db.clients, () => setDeletedAt(db.clients, id, Date.now()));
}

export async function restoreClient(db: ReputeDb, id: string): Promise<void> {
  await db.transaction('rw', db.clients, () => setDeletedAt(db.clients, id, undefined));
}

/** Returns soft-deleted clients too (check deletedAt), so undo screens can show what they restore. */
export function getClient(db: ReputeDb, id: string): Promise<Client | undefined> {
  return db.clients.get(id);
}

function matchesSearch(client: Client, needle: string): boolean {
  const haystack = [client.name, client.company, client.email, client.publicAlias, ...client.tags];
  return haystack.some((text) => text !== undefined && text.toLocaleLowerCase().includes(needle));
}

/**
 * Live clients sorted by name. Archived ones only with includeArchived; search matches name, company, email,
 * public alias and tags, ignoring case.
 */
export async function listClients(db: ReputeDb, options: { includeArchived?: boolean; search?: string } = {}): Promise<Client[]> {
  const needle = options.search?.trim().toLocaleLowerCase() ?? '';
  const clients = await db.clients
    .filter((client) => isLive(client) && (options.includeArchived === true || client.archivedAt === undefined) && (needle === '' || matchesSearch(client, needle)))
    .toArray();
  return clients.sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }) || a.id.localeCompare(b.id));
}
