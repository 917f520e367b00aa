import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db';
import { listClients } from '../../db/repositories/clients';
import type { Client } from '../../domain/model';

export interface ClientFilter {
  search: string;
  includeArchived: boolean;
}

export interface ClientsView {
  /** The clients the filter lets through, by name. */
  clients: Client[];
  /** Every live client, archived ones included, so an empty result can tell "none match" from "none yet". */
  allClients: Client[];
}

/** The clients list, kept live: it updates as soon as any client is added, edited or archived. */
export function useClients({ search, includeArchived }: ClientFilter): ClientsView | undefined {
  return useLiveQuery(async () => {
    const [clients, allClients] = await Promise.all([listClients(db, { search, includeArchived }), listClients(db, { includeArchived: true })]);
    return { clients, allClients };
  }, [search, includeArchived]);
}
