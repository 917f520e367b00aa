import { readFile } from 'node:fs/promises';
import { listDayTotals } from '../../../src/db/repositories/rollups';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openReputeDb } from '../../../src/db/db';
import { readReputationRecords } from '../../../src/db/repositories/reputation';
import { CURRENT_SCHEMA, CURRENT_SCHEMA_VERSION, SCHEMA_V1, SCHEMA_V2_CHANGES } from '../../../src/db/schema';
import { groupSettlementsByMonth, settlementsFromRecords } from '../../../src/domain/invoices/invoice-settlement';
import type { Client, Credential, Feedback, Invoice, Payment, Project, Proposal, TimeEntry } from '../../../src/domain/model';
import { reputationOverview } from '../../../src/domain/reputation/reputation-overview';
import { figureWindowDays, windowFigures } from '../../../src/domain/reputation/window-figures';
import { recomputeDayTotals, recomputeProjectTotals } from '../../../src/domain/rollups/recompute-rollups';

const snapshotSchema = z.object({
  schemaVersion: z.literal(1),
  tables: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
});
const blobSchema = z.object({ $blob: z.object({ type: z.string(), base64: z.string() }) });

type Row = Record<string, unknown>;

/**
 * v1-snapshot: a few records in every table, with a running timer and a soft delete; v1-demo-snapshot: the demo
 * history as version 1 loaded it, with invoices paid in full.
 */
type Fixture = 'v1-snapshot' | 'v1-demo-snapshot';

async function readSnapshot(fixture: Fixture) {
  const text = await readFile(new URL(`../../fixtures/db/${fixture}.json`, import.meta.url), 'utf8');
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

/**
 * A database written by an earlier schema version alone (1, or 2 with its project × month rows filled in), holding
 * the snapshot's records, closed and ready to upgrade.
 */
async function writeEarlierDatabase(version: 1 | 2, fixture: Fixture) {
  const snapshot = await readSnapshot(fixture);
  const name = `repute-upgrade-${crypto.randomUUID()}`;
  names.push(name);
  const legacy = new Dexie(name);
  legacy.version(1).stores(SCHEMA_V1);
  if (version === 2) legacy.version(2).stores(SCHEMA_V2_CHANGES);
  await legacy.transaction('rw', legacy.tables, async () => {
    for (const [table, rows] of Object.entries(snapshot.tables)) await legacy.table(table).bulkAdd(rows.map(revive));
    if (version === 2) await legacy.table('projectRollups').bulkAdd([{ id: 'stale|2020-01', projectId: 'stale', month: '2020-01', trackedMs: 1, billableMs: 1, earnedBaseMinor: 1 }]);
  });
  legacy.close();
  return { snapshot, name };
}

function snapshotRows<T>(snapshot: Awaited<ReturnType<typeof readSnapshot>>, table: string): T[] {
  return (snapshot.tables[table] ?? []) as unknown as T[];
}

const isLiveRow = (row: { deletedAt?: number }) => row.deletedAt === undefined;

describe('the schema', () => {
  it('declares every table the data model needs', () => {
    const db = openReputeDb('repute-schema-declaration');
    expect(db.tables.map((table) => table.name).sort()).toEqual(Object.keys(CURRENT_SCHEMA).sort());
    expect(db.tables.map((table) => table.name)).not.toContain('projectRollups');
    expect(db.table('feedback').schema.idxByName.importKey?.unique).toBe(true);
    const entries = db.table('timeEntries').schema;
    expect(entries.idxByName.importKey?.unique).toBe(true);
    expect(Object.keys(entries.idxByName)).toEqual(expect.arrayContaining(['start', '[clientId+start]', '[projectId+start]', 'invoiceId', 'running', 'importId']));
    expect(db.table('invoices').schema.idxByName.number?.unique).toBe(true);
    expect(db.table('clients').schema.idxByName.tags?.multi).toBe(true);
    expect(Object.keys(db.table('proposals').schema.idxByName)).toEqual(expect.arrayContaining(['submittedAt', 'decidedAt']));
    expect(db.table('settlementMonths').schema.primKey.keyPath).toBe('month');
    expect(db.table('dayTotalMonths').schema.primKey.keyPath).toBe('month');
  });

  it.each([
    ['v1-snapshot', 0],
    ['v1-demo-snapshot', 5],
  ] as const)('%s opens with the current schema and every record survives, its %i paid invoices gaining only the day they were settled', async (fixture, paidInvoices) => {
    const { snapshot, name } = await writeEarlierDatabase(1, fixture);

    const current = openReputeDb(name);
    await current.open();
    expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
    let settledInvoices = 0;
    for (const [table, rows] of Object.entries(snapshot.tables)) {
      expect(rows.length, table).toBeGreaterThan(0);
      const stored = await Promise.all((await current.table(table).toArray()).map((row: Row) => comparable(row)));
      const withoutSettlementDays = stored.map((row) => {
        if (table !== 'invoices' || row.settledOn === undefined) return row;
        settledInvoices += 1;
        expect(row.status, `invoice ${String(row.number)}`).toBe('paid');
        const { settledOn: _settledOn, ...rest } = row;
        return rest;
      });
      expect(withoutSettlementDays.sort(byId), table).toEqual([...rows].sort(byId));
    }
    expect(settledInvoices).toBe(paidInvoices);
    current.close();
  });

  it('version 3 fills project totals and settlement months from the version 1 demo records', async () => {
    const { snapshot, name } = await writeEarlierDatabase(1, 'v1-demo-snapshot');

    const current = openReputeDb(name);
    const timeEntries = snapshotRows<TimeEntry>(snapshot, 'timeEntries');
    const payments = snapshotRows<Payment>(snapshot, 'payments');
    expect(await current.projectTotals.orderBy('projectId').toArray()).toEqual(recomputeProjectTotals({ timeEntries, payments }));
    const months = await current.settlementMonths.orderBy('month').toArray();
    expect(months).toEqual(groupSettlementsByMonth(settlementsFromRecords(snapshotRows<Invoice>(snapshot, 'invoices'), payments).settlements));
    expect(months.flatMap((month) => month.settlements).length).toBeGreaterThan(0);
    // Every stopped entry of the snapshot is in some project month, so the upgrade had something to add up.
    const trackedInSnapshot = timeEntries.reduce((sum, row) => sum + (row.end !== null && row.deletedAt === undefined ? row.end - row.start : 0), 0);
    expect(trackedInSnapshot).toBeGreaterThan(0);
    const totals = await current.projectTotals.toArray();
    expect(totals.flatMap((row) => Object.values(row.months)).reduce((sum, month) => sum + month.trackedMs, 0)).toBe(trackedInSnapshot);
    current.close();
  });

  it('version 4 fills day totals from the version 1 demo records', async () => {
    const { snapshot, name } = await writeEarlierDatabase(1, 'v1-demo-snapshot');

    const current = openReputeDb(name);
    const timeEntries = snapshotRows<TimeEntry>(snapshot, 'timeEntries');
    const days = await listDayTotals(current, { fromDay: '0000-01-01', toDay: '9999-12-31' });
    expect(days).toEqual(recomputeDayTotals(timeEntries));
    // The demo has invoiced and unbilled time both, so the upgrade split billable time both ways.
    const cells = days.flatMap((row) => Object.values(row.projects));
    const unbilled = cells.reduce((sum, cell) => sum + cell.unbilledMs, 0);
    expect(unbilled).toBeGreaterThan(0);
    expect(unbilled).toBeLessThan(cells.reduce((sum, cell) => sum + cell.billableMs, 0));
    current.close();
  });

  it('a version 2 database drops its project × month rows and opens with project totals built from its records', async () => {
    const { snapshot, name } = await writeEarlierDatabase(2, 'v1-demo-snapshot');

    const current = openReputeDb(name);
    await current.open();
    expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(current.tables.map((table) => table.name)).not.toContain('projectRollups');
    const totals = await current.projectTotals.orderBy('projectId').toArray();
    expect(totals.map((row) => row.projectId)).not.toContain('stale');
    expect(totals).toEqual(recomputeProjectTotals({ timeEntries: snapshotRows(snapshot, 'timeEntries'), payments: snapshotRows(snapshot, 'payments') }));
    current.close();
  });

  it('the upgraded version 1 demo gives the Reputation screen the same figures as its records do', async () => {
    const { snapshot, name } = await writeEarlierDatabase(1, 'v1-demo-snapshot');
    const payments = snapshotRows<Payment>(snapshot, 'payments');
    const timeEntries = snapshotRows<TimeEntry>(snapshot, 'timeEntries');
    const lastDay = [...payments.map((payment) => payment.date), ...snapshotRows<Feedback>(snapshot, 'feedback').map((feedback) => feedback.date)].sort().at(-1) ?? '2026-01-01';
    const window = figureWindowDays('all', lastDay);
    const options = { today: lastDay, weekStartsOn: 1, baseCurrency: 'EUR', bar: undefined };

    const current = openReputeDb(name);
    const upgraded = await readReputationRecords(current, window);
    current.close();
    const fromRecords = {
      clients: snapshotRows<Client>(snapshot, 'clients').filter(isLiveRow),
      projects: snapshotRows<Project>(snapshot, 'projects').filter(isLiveRow),
      projectTotals: recomputeProjectTotals({ timeEntries, payments }),
      feedback: snapshotRows<Feedback>(snapshot, 'feedback').filter(isLiveRow),
      credentials: snapshotRows<Credential>(snapshot, 'credentials').filter(isLiveRow),
      proposals: snapshotRows<Proposal>(snapshot, 'proposals').filter(isLiveRow),
      settlements: settlementsFromRecords(snapshotRows<Invoice>(snapshot, 'invoices'), payments).settlements,
    };
    const figuresOf = (records: typeof fromRecords) => {
      const overview = reputationOverview(records, options);
      return { jobSuccess: overview.jobSuccess.windows.map((scored) => scored.scoreTenths), weeks: overview.weeks, figures: windowFigures(records, window, 'Europe/Berlin') };
    };
    const expected = figuresOf(fromRecords);
    expect(expected.figures.relationships.medianDaysToPay.records.length).toBeGreaterThan(0);
    expect(expected.figures.ratings.average.records.length).toBeGreaterThan(0);
    expect(figuresOf(upgraded)).toEqual(expected);
  });
});
