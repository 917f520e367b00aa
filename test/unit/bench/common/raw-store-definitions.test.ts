import { describe, expect, it } from 'vitest';
import { openReputeDb } from '../../../../src/db/db';
import { CURRENT_SCHEMA } from '../../../../src/db/schema';
import { deleteRawDatabase, openRawDatabase, requestResult } from '../../../bench/harness/raw-indexeddb';
import { rawStoreDefinition, rawStoreDefinitions, type RawStoreDefinition } from '../../../bench/common/raw-store-definitions';

interface StoreShape {
  keyPath: string | string[] | null;
  autoIncrement: boolean;
  indexes: { name: string; keyPath: string | string[]; unique: boolean; multiEntry: boolean }[];
}

/** What IndexedDB itself reports about every store of an open database. */
function shapeOf(db: IDBDatabase): Record<string, StoreShape> {
  const names = [...db.objectStoreNames];
  const transaction = db.transaction(names, 'readonly');
  return Object.fromEntries(
    names.map((name) => {
      const store = transaction.objectStore(name);
      const indexes = [...store.indexNames].map((indexName) => {
        const index = store.index(indexName);
        return { name: indexName, keyPath: index.keyPath, unique: index.unique, multiEntry: index.multiEntry };
      });
      return [name, { keyPath: store.keyPath, autoIncrement: store.autoIncrement, indexes }];
    }),
  );
}

function openExisting(name: string): Promise<IDBDatabase> {
  return requestResult(indexedDB.open(name));
}

describe('rawStoreDefinition', () => {
  it('reads primary keys, unique, multi-entry and compound indexes as Dexie writes them', () => {
    const definition: RawStoreDefinition = rawStoreDefinition('timeEntries', 'id, start, [clientId+start], &importKey, *tags');
    expect(definition).toEqual({
      name: 'timeEntries',
      keyPath: 'id',
      autoIncrement: false,
      indexes: [
        { name: 'start', keyPath: 'start', unique: false, multiEntry: false },
        { name: '[clientId+start]', keyPath: ['clientId', 'start'], unique: false, multiEntry: false },
        { name: 'importKey', keyPath: 'importKey', unique: true, multiEntry: false },
        { name: 'tags', keyPath: 'tags', unique: false, multiEntry: true },
      ],
    });
  });

  it('reads auto-increment and out-of-line primary keys', () => {
    expect(rawStoreDefinition('log', '++seq, at')).toMatchObject({ keyPath: 'seq', autoIncrement: true });
    expect(rawStoreDefinition('blobs', ', owner')).toMatchObject({ keyPath: null, autoIncrement: false, indexes: [{ name: 'owner' }] });
  });
});

describe('rawStoreDefinitions', () => {
  it('creates exactly the stores and indexes the app’s Dexie schema creates', async () => {
    const appName = `bench-dexie-${crypto.randomUUID()}`;
    const rawName = `bench-raw-${crypto.randomUUID()}`;
    const app = openReputeDb(appName);
    await app.open();
    app.close();
    const fromDexie = await openExisting(appName);
    const raw = await openRawDatabase(rawName, rawStoreDefinitions(CURRENT_SCHEMA));
    try {
      const byName = (shape: Record<string, StoreShape>) =>
        Object.fromEntries(Object.entries(shape).map(([name, store]) => [name, { ...store, indexes: [...store.indexes].sort((a, b) => a.name.localeCompare(b.name)) }]));
      expect(Object.keys(shapeOf(raw)).sort()).toEqual(Object.keys(CURRENT_SCHEMA).sort());
      expect(byName(shapeOf(raw))).toEqual(byName(shapeOf(fromDexie)));
    } finally {
      fromDexie.close();
      raw.close();
      await deleteRawDatabase(rawName);
      await deleteRawDatabase(appName);
    }
  });
});
