import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db';
import { hasAnyData } from '../db/repositories/demo-data';

/** Whether the database holds any record, live; undefined while the first read runs. */
export function useHoldsData(): boolean | undefined {
  return useLiveQuery(() => hasAnyData(db), []);
}
