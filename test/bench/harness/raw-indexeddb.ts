import type { RawStoreDefinition } from '../common/raw-store-definitions';

/**
 * The IndexedDB API with nothing between it and the caller: the floor every app figure is set beside. Writes use
 * strict durability, as the app's database does, so a write resolves only once it is on disk.
 */

export function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

export function transactionDone(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
  });
}

/** Opens (creating when new) a database with exactly these stores and indexes. */
export function openRawDatabase(name: string, stores: readonly RawStoreDefinition[]): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => {
      for (const definition of stores) {
        const store = request.result.createObjectStore(definition.name, { keyPath: definition.keyPath, autoIncrement: definition.autoIncrement });
        for (const index of definition.indexes) store.createIndex(index.name, index.keyPath, { unique: index.unique, multiEntry: index.multiEntry });
      }
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error(`Could not open ${name}`));
    request.onblocked = () => reject(new Error(`Opening ${name} is blocked by another connection`));
  });
}

export function deleteRawDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error(`Could not delete ${name}`));
    request.onblocked = () => reject(new Error(`Deleting ${name} is blocked by an open connection`));
  });
}

/** Adds the records in batches, each batch in a transaction of its own. */
export async function rawBulkAdd(db: IDBDatabase, storeName: string, records: readonly unknown[], batchSize: number): Promise<void> {
  for (let from = 0; from < records.length; from += batchSize) {
    const transaction = db.transaction(storeName, 'readwrite', { durability: 'strict' });
    const store = transaction.objectStore(storeName);
    for (const record of records.slice(from, from + batchSize)) store.add(record);
    await transactionDone(transaction);
  }
}

/** Deletes the records with these keys, all in one transaction. */
export async function rawBulkDelete(db: IDBDatabase, storeName: string, keys: readonly IDBValidKey[]): Promise<void> {
  const transaction = db.transaction(storeName, 'readwrite', { durability: 'strict' });
  const store = transaction.objectStore(storeName);
  for (const key of keys) store.delete(key);
  await transactionDone(transaction);
}

export function rawGetAll(db: IDBDatabase, storeName: string): Promise<unknown[]> {
  return requestResult(db.transaction(storeName, 'readonly').objectStore(storeName).getAll());
}

/** Every record whose index key lies in the range, in index order. */
export function rawIndexRange(db: IDBDatabase, storeName: string, indexName: string, range: IDBKeyRange): Promise<unknown[]> {
  return requestResult(db.transaction(storeName, 'readonly').objectStore(storeName).index(indexName).getAll(range));
}

/** One put in a transaction of its own, resolved when the transaction commits. */
export async function rawPut(db: IDBDatabase, storeName: string, record: unknown): Promise<void> {
  const transaction = db.transaction(storeName, 'readwrite', { durability: 'strict' });
  transaction.objectStore(storeName).put(record);
  await transactionDone(transaction);
}

/** One record by its primary key, in a read-only transaction of its own. */
export function rawGet(db: IDBDatabase, storeName: string, key: IDBValidKey): Promise<unknown> {
  return requestResult(db.transaction(storeName, 'readonly').objectStore(storeName).get(key));
}

/** Every record of each store, all read in one read-only transaction, keyed by store. */
export async function rawGetAllStores(db: IDBDatabase, storeNames: readonly string[]): Promise<Map<string, unknown[]>> {
  const transaction = db.transaction([...storeNames], 'readonly');
  const reads = await Promise.all(storeNames.map((name) => requestResult(transaction.objectStore(name).getAll())));
  return new Map(storeNames.map((name, index) => [name, reads[index] ?? []]));
}

interface GetAllOptions {
  query: IDBKeyRange | null;
  count: number;
  direction: IDBCursorDirection;
}

/** IndexedDB 3's getAll with options (a direction among them), which the browser has when it has getAllRecords. */
function getAllWithOptions(index: IDBIndex): ((options: GetAllOptions) => IDBRequest<unknown[]>) | undefined {
  if (!('getAllRecords' in index)) return undefined;
  return index.getAll.bind(index) as unknown as (options: GetAllOptions) => IDBRequest<unknown[]>;
}

/**
 * The `count` records with the highest keys in an index (within `query`, when given), highest first: one getAll
 * backwards where the browser has IndexedDB 3 (as Dexie then reads them), a cursor walk otherwise.
 */
export async function rawNewest(db: IDBDatabase, storeName: string, indexName: string, count: number, query: IDBKeyRange | null = null): Promise<unknown[]> {
  const index = db.transaction(storeName, 'readonly').objectStore(storeName).index(indexName);
  const getAll = getAllWithOptions(index);
  if (getAll !== undefined) return requestResult(getAll({ query, count, direction: 'prev' }));
  const found: unknown[] = [];
  await new Promise<void>((resolve, reject) => {
    const request = index.openCursor(query, 'prev');
    request.onsuccess = () => {
      const cursor = request.result;
      if (cursor === null || found.push(cursor.value) >= count) resolve();
      else cursor.continue();
    };
    request.onerror = () => reject(request.error ?? new Error('IndexedDB cursor failed'));
  });
  return found;
}
