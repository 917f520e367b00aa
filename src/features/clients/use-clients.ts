import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db';
import { listClientEntries, type ClientListEntry } from '../../db/repositories/clients';

/** Every live client with its list figures, kept live: it updates as soon as anything about a client changes. */
export function useClientEntries(): ClientListEntry[] | undefined {
  return useLiveQuery(() => listClientEntries(db), []);
}
