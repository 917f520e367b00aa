import type { ReputeDb } from '../../../src/db/db';
import { exportBackup } from '../../../src/db/backup/export-backup';
import { restoreBackup } from '../../../src/db/backup/restore-backup';
import type { HarnessConfig, OperationResult } from './harness-api';
import { rawGetAllStores } from './raw-indexeddb';

/**
 * The whole seeded database written out by exportBackup, as the Backups screen does; the last file is kept. Beside
 * each export, its floor: every table the backup holds (all of them) read whole with the raw API from the floor
 * database, in one read-only transaction, the two taking turns going first.
 */
export async function measureBackupExport(app: ReputeDb, floor: IDBDatabase, config: HarnessConfig): Promise<{ result: OperationResult; backup: Blob }> {
  const exportSamples: number[] = [];
  const floorSamples: number[] = [];
  const tables = app.tables.map((table) => table.name);
  let backup: Blob | undefined;
  let floorRows = 0;
  const exportOnce = async (run: number): Promise<Blob> => {
    const started = performance.now();
    const exported = await exportBackup(app);
    if (run >= 0) exportSamples.push(performance.now() - started);
    return exported;
  };
  const readFloor = async (run: number) => {
    const started = performance.now();
    const read = await rawGetAllStores(floor, tables);
    if (run >= 0) floorSamples.push(performance.now() - started);
    floorRows = [...read.values()].reduce((sum, rows) => sum + rows.length, 0);
  };
  const warmup = 1;
  for (let run = -warmup; run < config.runs.backups; run += 1) {
    if (run % 2 === 0) {
      backup = await exportOnce(run);
      await readFloor(run);
    } else {
      await readFloor(run);
      backup = await exportOnce(run);
    }
  }
  if (backup === undefined) throw new Error('No backup was exported');
  const facts = { backupBytes: backup.size, backupTables: tables.join(' '), backupFloorRows: floorRows };
  return { result: { samples: { 'backup.export': exportSamples, 'floor.readEveryTable': floorSamples }, facts }, backup };
}

/**
 * The same file restored over the seeded database by restoreBackup, whose safety backup is handed to a
 * beforeReplace that keeps nothing. Each restore replaces the data with what it already was, so the runs see the
 * same database and the pages opened later see the dataset.
 */
export async function measureBackupRestore(app: ReputeDb, backup: Blob, config: HarnessConfig): Promise<OperationResult> {
  const expectedEntries = await app.timeEntries.count();
  const samples: number[] = [];
  let restoredEntries = 0;
  for (let run = 0; run < config.runs.backups; run += 1) {
    const started = performance.now();
    const restored = await restoreBackup(app, backup, { beforeReplace: () => Promise.resolve() });
    const elapsed = performance.now() - started;
    if (!restored.ok) throw new Error(`The restore was refused: ${JSON.stringify(restored.errors)}`);
    restoredEntries = restored.value.counts.timeEntries ?? 0;
    samples.push(elapsed);
  }
  if (restoredEntries !== expectedEntries) throw new Error(`The restore brought back ${String(restoredEntries)} of ${String(expectedEntries)} time entries`);
  return { samples: { 'backup.restore': samples }, facts: { restoredTimeEntries: restoredEntries } };
}
