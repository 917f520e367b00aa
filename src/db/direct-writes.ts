import { cmp, Dexie, RangeSet, type IndexableType, type IndexSpec, type ObservabilitySet, type Table } from 'dexie';
import type { ReputeDb } from './db';

/*
 * A few writes that run many times a day (the timer's start and stop) go to IndexedDB directly, in the same strict
 * transactions Dexie would open, to spare Dexie's own bookkeeping on the path a freelancer waits on. Live queries
 * still hear of them: once the transaction has committed, the change is announced through Dexie's documented
 * "storagemutated" event, exactly as a write from another window is, naming the primary keys and index keys touched.
 * The database is opened with Dexie's query cache disabled, so a re-run query always reads what is stored.
 */

/** A request's result. The caller names its type: the rows are the app's own, written through its repositories. */
export function requested<T>(request: IDBRequest): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result as T);
    request.onerror = () => reject(request.error ?? new Error('The database refused a request'));
  });
}

/** Resolves once the transaction has committed; rejects when it aborts, whoever aborted it. */
export function committed(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onabort = () => reject(transaction.error ?? new DirectWriteAborted());
  });
}

/** The rejection of a transaction this code aborted itself, on purpose, with no error of the database's. */
export class DirectWriteAborted extends Error {
  constructor() {
    super('The write was rolled back');
  }
}

/** What a direct write's body returns to have everything it wrote rolled back. */
export const ROLL_BACK = Symbol('roll back');

export interface DirectWriteDone<T> {
  result: T;
  /** What the write changed, announced to live queries once it has committed. */
  changes: RecordChange<object>[];
}

function abortQuietly(transaction: IDBTransaction): void {
  try {
    transaction.abort();
  } catch {
    // Already aborted by the failed request, or already finished: either way nothing more can be written.
  }
}

function openTransaction(db: ReputeDb, tables: readonly Table[]): IDBTransaction | undefined {
  if (!db.isOpen()) return undefined;
  try {
    return db.backendDB().transaction(
      tables.map((table) => table.name),
      'readwrite',
      { durability: 'strict' },
    );
  } catch {
    // The connection closed under us (another window upgrading, the data being erased): Dexie's path reopens it.
    return undefined;
  }
}

/**
 * Runs `body` in one strict read-write transaction over these tables and resolves with its result once the
 * transaction has committed and its changes are announced. Resolves undefined when the body asked to roll back, or
 * when the database is not open (callers then take Dexie's path, which opens it). A failed request rejects, after
 * the transaction has ended.
 */
export async function directWrite<T>(
  db: ReputeDb,
  tables: readonly Table[],
  body: (transaction: IDBTransaction) => Promise<DirectWriteDone<T> | typeof ROLL_BACK>,
): Promise<T | undefined> {
  const transaction = openTransaction(db, tables);
  if (transaction === undefined) return undefined;
  const done = committed(transaction);
  // Watched from the start: an abort while the body still waits must not reject unobserved.
  done.catch(() => undefined);
  let outcome: DirectWriteDone<T> | typeof ROLL_BACK;
  try {
    outcome = await body(transaction);
  } catch (error) {
    abortQuietly(transaction);
    await done.catch(() => undefined);
    throw error;
  }
  if (outcome === ROLL_BACK) {
    abortQuietly(transaction);
    await done.catch((error: unknown) => {
      if (!(error instanceof DirectWriteAborted)) throw error;
    });
    return undefined;
  }
  await done;
  announceChanges(db, outcome.changes);
  return outcome.result;
}

/** One record's change: before is undefined for an add, after is undefined for a delete. */
export interface RecordChange<T> {
  table: Table<T, string>;
  key: string;
  before: T | undefined;
  after: T | undefined;
}

/** The stored tables hold strings and numbers in their indexed fields; anything else is not indexed. */
function keyPart(value: unknown): string | number | undefined {
  return typeof value === 'string' || typeof value === 'number' ? value : undefined;
}

function field(record: object, name: string): unknown {
  return Reflect.get(record, name);
}

/** The record's keys in an index, as IndexedDB derives them: none when the record is not in that index. */
function indexKeys(record: object | undefined, index: IndexSpec): IndexableType[] {
  if (record === undefined || index.keyPath === undefined) return [];
  if (Array.isArray(index.keyPath)) {
    const parts = index.keyPath.map((path) => keyPart(field(record, path)));
    return parts.every((part) => part !== undefined) ? [parts] : [];
  }
  const value = field(record, index.keyPath);
  const values: unknown[] = index.multi === true && Array.isArray(value) ? value : [value];
  return values.map(keyPart).filter((key) => key !== undefined);
}

function sameKeys(left: readonly IndexableType[], right: readonly IndexableType[]): boolean {
  return left.length === right.length && left.every((key, position) => cmp(key, right[position]) === 0);
}

/** The parts of the database these changes touched, in the form Dexie's live queries compare their reads with. */
export function changedParts(dbName: string, changes: readonly RecordChange<object>[]): ObservabilitySet {
  const sets = new Map<string, RangeSet>();
  const touch = (part: string, keys: readonly IndexableType[]) => {
    const set = sets.get(part) ?? new RangeSet();
    set.addKeys([...keys]);
    sets.set(part, set);
  };
  for (const { table, key, before, after } of changes) {
    const prefix = `idb://${dbName}/${table.name}/`;
    touch(prefix, [key]);
    if (after === undefined) touch(`${prefix}:dels`, [key]);
    for (const index of table.schema.indexes) {
      const oldKeys = indexKeys(before, index);
      const newKeys = indexKeys(after, index);
      if (!sameKeys(oldKeys, newKeys)) touch(`${prefix}${index.name}`, [...oldKeys, ...newKeys]);
    }
  }
  return Object.fromEntries(sets);
}

/** Tells every live query (in this window and, through Dexie, in others) that these records changed. */
export function announceChanges(db: ReputeDb, changes: readonly RecordChange<object>[]): void {
  Dexie.on('storagemutated').fire(changedParts(db.name, changes));
}
