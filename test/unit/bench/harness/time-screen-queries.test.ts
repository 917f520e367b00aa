import { afterEach, describe, expect, it } from 'vitest';
import { openReputeDb, type ReputeDb } from '../../../../src/db/db';
import { CURRENT_SCHEMA } from '../../../../src/db/schema';
import { groupSettlementsByMonth, settlementsFromRecords } from '../../../../src/domain/invoices/invoice-settlement';
import { recomputeDayTotalMonths, recomputeProjectTotals, recomputeRollups } from '../../../../src/domain/rollups/recompute-rollups';
import { generateBenchDataset } from '../../../bench/dataset/generate-bench-dataset';
import { deleteRawDatabase, openRawDatabase, rawBulkAdd } from '../../../bench/harness/raw-indexeddb';
import { recordsByTable, seedAppDatabase } from '../../../bench/harness/seed-app-database';
import { appTimeScreenQueries, floorTimeScreenQueries, timeScreenRanges } from '../../../bench/harness/time-screen-queries';
import { rawStoreDefinitions } from '../../../bench/common/raw-store-definitions';

const END_DAY = '2026-03-18';
const ZONE = 'Europe/Berlin';
const dataset = generateBenchDataset({
  seed: 7,
  sizes: { years: 1, clients: 4, projects: 8, timeEntries: 1_500, invoices: 60, payments: 120, feedback: 10, proposals: 10 },
  endDay: END_DAY,
  timeZone: ZONE,
});
const { invoices, settlements } = settlementsFromRecords(dataset.invoices, dataset.payments);
const records = {
  ...dataset,
  invoices,
  rollups: recomputeRollups(dataset),
  projectTotals: recomputeProjectTotals(dataset),
  dayTotalMonths: recomputeDayTotalMonths(dataset.timeEntries),
  settlementMonths: groupSettlementsByMonth(settlements),
};

const cleanUp: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const step of cleanUp.splice(0)) await step();
});

async function seededDatabases(): Promise<{ app: ReputeDb; floor: IDBDatabase }> {
  const name = `bench-time-screen-${crypto.randomUUID()}`;
  const app = openReputeDb(name);
  await seedAppDatabase(app, records, 500);
  const floor = await openRawDatabase(`${name}-floor`, rawStoreDefinitions(CURRENT_SCHEMA));
  for (const [store, rows] of recordsByTable(records)) await rawBulkAdd(floor, store, rows, 500);
  cleanUp.push(async () => {
    await app.delete();
    floor.close();
    await deleteRawDatabase(`${name}-floor`);
  });
  return { app, floor };
}

describe('the Time screen’s queries and their floor', () => {
  it('find the same entries through the app’s repositories and through the raw API, for the day list and the week grid', async () => {
    const { app, floor } = await seededDatabases();
    const ranges = timeScreenRanges(END_DAY, ZONE);
    const listRows = await appTimeScreenQueries(app, ranges, 'list');
    expect(listRows).toBeGreaterThan(0);
    expect(await floorTimeScreenQueries(floor, ranges, 'list')).toBe(listRows);
    expect(await floorTimeScreenQueries(floor, ranges, 'week')).toBe(await appTimeScreenQueries(app, ranges, 'week'));
  });

  it('read the day list’s first pages as the screen does: three weeks before this one, this week, and a year ahead', () => {
    const ranges = timeScreenRanges(END_DAY, ZONE);
    // Wednesday 18 March 2026: this week starts on Monday 16 March, the weeks before it on Monday 23 February.
    expect(new Date(ranges.thisWeek.from).toISOString()).toBe('2026-03-15T23:00:00.000Z');
    expect(new Date(ranges.thisWeek.to).toISOString()).toBe('2026-03-22T23:00:00.000Z');
    expect(ranges.weeksBefore).toEqual({ from: Date.parse('2026-02-22T23:00:00.000Z'), to: ranges.thisWeek.from });
    expect(ranges.bookedAhead).toEqual({ from: ranges.thisWeek.to, to: Date.parse('2027-03-18T23:00:00.000Z') });
    expect(ranges.weekGrid).toEqual({ from: ranges.thisWeek.from - 2 * 86_400_000, to: ranges.thisWeek.to });
  });
});
