import { afterEach, describe, expect, it } from 'vitest';
import { deleteRawDatabase, openRawDatabase, rawBulkAdd, rawGet, rawGetAll, rawGetAllStores, rawIndexRange, rawNewest, rawPut } from '../../../bench/harness/raw-indexeddb';
import { rawStoreDefinition } from '../../../bench/common/raw-store-definitions';

const STORES = [rawStoreDefinition('entries', 'id, start, &importKey'), rawStoreDefinition('notes', 'id')];
const opened: { name: string; db: IDBDatabase }[] = [];

async function freshDatabase(): Promise<IDBDatabase> {
  const name = `bench-raw-${crypto.randomUUID()}`;
  const db = await openRawDatabase(name, STORES);
  opened.push({ name, db });
  return db;
}

afterEach(async () => {
  for (const { name, db } of opened.splice(0)) {
    db.close();
    await deleteRawDatabase(name);
  }
});

const entries = Array.from({ length: 25 }, (_, index) => ({ id: `entry-${String(index).padStart(2, '0')}`, start: 1_000 * index }));

describe('the raw IndexedDB floor', () => {
  it('adds records in batches and reads them all back', async () => {
    const db = await freshDatabase();
    await rawBulkAdd(db, 'entries', entries, 10);
    expect(await rawGetAll(db, 'entries')).toEqual(entries);
  });

  it('reads an index range with its upper bound left out', async () => {
    const db = await freshDatabase();
    await rawBulkAdd(db, 'entries', entries, 100);
    const rows = await rawIndexRange(db, 'entries', 'start', IDBKeyRange.bound(3_000, 7_000, false, true));
    expect(rows).toEqual(entries.slice(3, 7));
  });

  it('puts one record in a transaction of its own, replacing one with the same key', async () => {
    const db = await freshDatabase();
    await rawPut(db, 'entries', { id: 'a', start: 1 });
    await rawPut(db, 'entries', { id: 'a', start: 2 });
    expect(await rawGetAll(db, 'entries')).toEqual([{ id: 'a', start: 2 }]);
  });

  it('rejects a batch that breaks a unique index and keeps the batches before it', async () => {
    const db = await freshDatabase();
    const clashing = [{ id: 'a', start: 1, importKey: 'k' }, { id: 'b', start: 2 }, { id: 'c', start: 3, importKey: 'k' }];
    await expect(rawBulkAdd(db, 'entries', clashing, 2)).rejects.toThrow();
    expect(await rawGetAll(db, 'entries')).toEqual(clashing.slice(0, 2));
  });

  it('gets one record by key, and undefined for a key not stored', async () => {
    const db = await freshDatabase();
    await rawBulkAdd(db, 'entries', entries, 100);
    expect(await rawGet(db, 'entries', 'entry-07')).toEqual(entries[7]);
    expect(await rawGet(db, 'entries', 'missing')).toBeUndefined();
  });

  it('reads every store whole in one transaction, an empty one too', async () => {
    const db = await freshDatabase();
    await rawBulkAdd(db, 'entries', entries, 100);
    const read = await rawGetAllStores(db, ['entries', 'notes']);
    expect(read.get('entries')).toEqual(entries);
    expect(read.get('notes')).toEqual([]);
  });

  it('reads the records with the highest keys in an index, highest first', async () => {
    const db = await freshDatabase();
    await rawBulkAdd(db, 'entries', entries, 100);
    expect(await rawNewest(db, 'entries', 'start', 3)).toEqual([entries[24], entries[23], entries[22]]);
    expect(await rawNewest(db, 'entries', 'start', 100)).toHaveLength(entries.length);
  });
});
