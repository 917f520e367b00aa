import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db';
import { getClient, listClientEntries, listClients, listClientTags, type ClientListEntry } from '../../db/repositories/clients';
import type { Client } from '../../domain/model';

export type { ClientListEntry } from '../../db/repositories/clients';

/** Every live client with its list figures, kept live: it updates as soon as anything about a client changes. */
export function useClientEntries(): ClientListEntry[] | undefined {
  return useLiveQuery(() => listClientEntries(db), []);
}

export interface ClientFormSources {
  /** The client being edited as stored (deleted ones included, so the page can say so); undefined for a new one. */
  client: Client | undefined;
  /** Tags already used on clients, offered as suggestions. */
  tags: string[];
  /** Every live client, archived ones too, so the form can point out a name one of them already has. */
  clients: Client[];
}

/** What the client form starts from, read together so the form opens once with all of it; undefined while loading. */
export function useClientFormSources(editedId: string | undefined): ClientFormSources | undefined {
  return useLiveQuery(async () => {
    const [client, tags, clients] = await Promise.all([editedId === undefined ? undefined : getClient(db, editedId), listClientTags(db), listClients(db, { includeArchived: true })]);
    return { client, tags, clients };
  }, [editedId]);
}
