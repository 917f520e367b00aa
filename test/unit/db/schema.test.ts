import { readFile } from 'node:fs/promises';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openReputeDb } from '../../../src/db/db';
import { CURRENT_SCHEMA_VERSION, SCHEMA_V1, SCHEMA_V2_CHANGES } from '../../../src/db/schema';
import type { Payment, TimeEntry } from '../../../src/domain/model';
import { recomputeProjectRollups } from '../../../src/domain/rollups/recompute-rollups';

const snapshotSchema = z.object({
  schemaVersion: z.literal(1),
  tables: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
});
const blobSchema = z.object({ $blob: z.object({ type: z.string(), base64: z.string() }) });

type Row = Record<string, unknown>;

async function readSnapshot() {
  const text = await readFile(new URL('../../fixtures/db/v1-snapshot.json', import.meta.url), 'utf8');
  return snapshotSchema.parse(JSON.parse(text));
}

/** JSON cannot hold a Blob: the snapshot writes one as base64, turned back here before storing. */
function revive(row: Row): Row {
  return Object.fromEntries(
    Object.entries(row).map(([key, value]) => {
      const blob = blobSchema.safeParse(value);
      return [key, blob.success ? new Blob([Buffer.from(blob.data.$blob.base64, 'base64')], { type: blob.data.$blob.type }) : value];
    }),
  );
}

/** Blobs compared by type and bytes; everything else as stored. */
async function comparable(row: Row): Promise<Row> {
  const entries = await Promise.all(
    Object.entries(row).map(async ([key, value]): Promise<[string, unknown]> => {
      if (value instanceof Blob) return [key, { $blob: { type: value.type, base64: Buffer.from(await value.arrayBuffer()).toString('base64') } }];
      return [key, value];
    }),
  );
  return Object.fromEntries(entries);
}

function byId(a: Row, b: Row): number {
  return String(a.id).localeCompare(String(b.id));
}

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** A database written by schema version 1 alone, holding the snapshot's records, closed and ready to upgrade. */
async function writeVersion1Database() {
  const snapshot = await readSnapshot();
  const name = `repute-upgrade-${crypto.randomUUID()}`;
  names.push(name);
  const legacy = new Dexie(name);
  legacy.version(1).stores(SCHEMA_V1);
  await legacy.transaction('rw', legacy.tables, async () => {
    for (const [table, rows] of Object.entries(snapshot.tables)) await legacy.table(table).bulkAdd(rows.map(revive));
  });
  legacy.close();
  return { snapshot, name };
}

describe('schema version 1', () => {
  it('declares every table the data model needs', () => {
    const db = openReputeDb('repute-schema-declaration');
    expect(db.tables.map((table) => table.name).sort()).toEqual([...new Set([...Object.keys(SCHEMA_V1), ...Object.keys(SCHEMA_V2_CHANGES)])].sort());
    expect(db.table('feedback').schema.idxByName.importKey?.unique).toBe(true);
    const entries = db.table('timeEntries').schema;
    expect(entries.idxByName.importKey?.unique).toBe(true);
    expect(Object.keys(entries.idxByName)).toEqual(expect.arrayContaining(['start', '[clientId+start]', '[projectId+start]', 'invoiceId', 'running', 'importId']));
    expect(db.table('invoices').schema.idxByName.number?.unique).toBe(true);
    expect(db.table('clients').schema.idxByName.tags?.multi).toBe(true);
  });

  it('a version 1 snapshot opens with the current schema and every record survives unchanged', async () => {
    const { snapshot, name } = await writeVersion1Database();

    const current = openReputeDb(name);
    await current.open();
    expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
    for (const [table, rows] of Object.entries(snapshot.tables)) {
      expect(rows.length, table).toBeGreaterThan(0);
      const stored = await Promise.all((await current.table(table).toArray()).map((row: Row) => comparable(row)));
      expect(stored.sort(byId), table).toEqual([...rows].sort(byId));
    }
    current.close();
  });

  it('version 2 fills the project rollups from the version 1 time entries and payments', async () => {
    const { snapshot, name } = await writeVersion1Database();

    const current = openReputeDb(name);
    const rollups = await current.projectRollups.orderBy('id').toArray();
    const expected = recomputeProjectRollups({
      timeEntries: (snapshot.tables.timeEntries ?? []) as unknown as TimeEntry[],
      payments: (snapshot.tables.payments ?? []) as unknown as Payment[],
    });
    expect(rollups).toEqual(expected);
    // Every stopped entry of the snapshot is in some project month, so the upgrade had something to add up.
    const trackedInSnapshot = (snapshot.tables.timeEntries ?? []).reduce((sum, row) => sum + (typeof row.end === 'number' && row.deletedAt === undefined && typeof row.start === 'number' ? row.end - row.start : 0), 0);
    expect(trackedInSnapshot).toBeGreaterThan(0);
    expect(rollups.reduce((sum, row) => sum + row.trackedMs, 0)).toBe(trackedInSnapshot);
    current.close();
  });
});
