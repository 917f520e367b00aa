import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db';
import { listFindableRecords, type FindableRecords } from '../db/repositories/findable-records';

export type { FindableRecords };

/** The records the command palette can open, read while `enabled` (the palette is open) and kept live. */
export function useFindableRecords(enabled: boolean): FindableRecords | undefined {
  return useLiveQuery(() => (enabled ? listFindableRecords(db) : undefined), [enabled]);
}
