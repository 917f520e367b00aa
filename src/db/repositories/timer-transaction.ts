import type { ReputeDb } from '../db';
import { timeEntryWriteTables } from './time-entries';
import { refusalsAsResults, type WriteResult } from './write-result';

export function inOneTransaction<T>(db: ReputeDb, body: () => Promise<WriteResult<T>>): Promise<WriteResult<T>> {
  // An async scope, so Dexie keeps the transaction through the native awaits inside `body`.
  return refusalsAsResults(() => db.transaction('rw', timeEntryWriteTables(db), async () => body()));
}
