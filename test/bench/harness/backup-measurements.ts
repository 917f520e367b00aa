import type { ReputeDb } from '../../../src/db/db';
import { exportBackup } from '../../../src/db/backup/export-backup';
import { restoreBackup } from '../../../src/db/backup/restore-backup';
import type { HarnessConfig, OperationResult } from './harness-api';

/** The whole seeded database written out by exportBackup, as the Backups screen does; the last file is kept. */
export async function measureBackupExport(app: ReputeDb, config: HarnessConfig): Promise<{ result: OperationResult; backup: Blob }> {
  const samples: number[] = [];
  let backup: Blob | undefined;
  const warmup = 1;
  for (let run = -warmup; run < config.runs.backups; run += 1) {
    const started = performance.now();
    backup = await exportBackup(app);
    const elapsed = performance.now() - started;
    if (run >= 0) samples.push(elapsed);
  }
  if (backup === undefined) throw new Error('No backup was exported');
  return { result: { samples: { 'backup.export': samples }, facts: { backupBytes: backup.size } }, backup };
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
