import type { ReputeDb } from '../db';
import { timeEntryWriteTables } from './time-entries';
import { failed, type FieldErrors, type WriteResult } from './write-result';

/** Thrown inside a transaction to roll back what it already wrote; caught at its edge and returned as a result. */
export class WriteRefused extends Error {
  constructor(readonly errors: FieldErrors) {
    super('The write was refused');
  }
}

export function valueOrAbort<T>(result: WriteResult<T>): T {
  if (!result.ok) throw new WriteRefused(result.errors);
  return result.value;
}

export async function inOneTransaction<T>(db: ReputeDb, body: () => Promise<WriteResult<T>>): Promise<WriteResult<T>> {
  try {
    // An async scope, so Dexie keeps the transaction through the native awaits inside `body`.
    return await db.transaction('rw', timeEntryWriteTables(db), async () => body());
  } catch (error) {
    if (error instanceof WriteRefused) return failed<T>(error.errors);
    throw error;
  }
}
