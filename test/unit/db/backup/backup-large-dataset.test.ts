import { describe, expect, it } from 'vitest';
import { exportBackup, restoreBackup } from '../../../../src/db/backup';
import type { ReputeDb } from '../../../../src/db/db';
import { eraseAllData } from '../../../../src/db/repositories/demo-data';
import { groupSettlementsByMonth, settlementsFromRecords } from '../../../../src/domain/invoices/invoice-settlement';
import { recomputeDayTotalMonths, recomputeProjectTotals } from '../../../../src/domain/rollups/recompute-rollups';
import { BENCH_TABLES, generateBenchDataset } from '../../../bench/dataset/generate-bench-dataset';
import { FULL_BENCH_SIZES } from '../../../bench/dataset/bench-sizes';
import { expectOk, freshDb } from '../test-db';
import { installBrowserGlobals } from './browser-globals';

installBrowserGlobals();

async function tableContents(db: ReputeDb): Promise<Record<string, unknown[]>> {
  const entries = await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()] as const));
  return Object.fromEntries(entries);
}

describe('backup and restore of ten years of history', () => {
  it('brings 100,000 time entries and the rest back exactly after an erase', async () => {
    const db = freshDb();
    const dataset = generateBenchDataset({ seed: 7, sizes: FULL_BENCH_SIZES, endDay: '2026-03-01', timeZone: 'Europe/Berlin' });
    await db.transaction('rw', db.tables, async () => {
      // Stored as the app's writes leave them: paid invoices with their settlement days, and what is kept beside them.
      const { invoices, settlements } = settlementsFromRecords(dataset.invoices, dataset.payments);
      for (const table of BENCH_TABLES) await db.table(table).bulkAdd(table === 'invoices' ? invoices : dataset[table]);
      await db.projectTotals.bulkAdd(recomputeProjectTotals(dataset));
      await db.dayTotalMonths.bulkAdd(recomputeDayTotalMonths(dataset.timeEntries));
      await db.settlementMonths.bulkAdd(groupSettlementsByMonth(settlements));
    });
    const before = await tableContents(db);
    expect(before.timeEntries).toHaveLength(100_000);

    const backup = await exportBackup(db);
    await eraseAllData(db);
    expectOk(await restoreBackup(db, backup, { beforeReplace: async () => undefined }));
    expect(await tableContents(db)).toEqual(before);
  }, 120_000);
});
