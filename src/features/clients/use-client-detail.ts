import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db';
import { getClientOverview, type ClientOverview } from '../../db/repositories/clients';

/**
 * The client's page data, kept live. `null` once the read has finished and found no such (live) client, so the page
 * can tell "not found" from "still loading" (undefined).
 */
export function useClientOverview(clientId: string): ClientOverview | null | undefined {
  return useLiveQuery(async () => (await getClientOverview(db, clientId)) ?? null, [clientId]);
}
