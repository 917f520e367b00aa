import type { Table } from 'dexie';
import { groupSettlementsByMonth, settlementsFromRecords } from '../../domain/invoices/invoice-settlement';
import { recomputeDayTotalMonths, recomputeProjectTotals } from '../../domain/rollups/recompute-rollups';
import type { ReputeDb } from '../db';
import { failed, succeeded, type WriteResult } from '../repositories/write-result';
import { inspectBackupText, type BackupInspection } from './backup-format';
import { exportBackup } from './export-backup';

/** What a backup file holds, or why it cannot be restored; nothing is written. */
export async function inspectBackup(blob: Blob): Promise<BackupInspection> {
  return inspectBackupText(await blob.text());
}

async function readStaged(blob: Blob): Promise<Map<string, unknown[]>> {
  const { importDB } = await import('dexie-export-import');
  const staging = await importDB(blob, { name: `repute-restore-${crypto.randomUUID()}` });
  try {
    const rows = new Map<string, unknown[]>();
    for (const table of staging.tables) rows.set(table.name, await table.toArray());
    return rows;
  } finally {
    staging.close();
    await staging.delete();
  }
}

async function replaceTable(table: Table, rows: readonly unknown[]): Promise<void> {
  await table.clear();
  if (rows.length > 0) await table.bulkAdd([...rows]);
}

/**
 * Replaces all data with a backup's. The file is checked first; then a safety backup of the current data goes to
 * beforeReplace (which may save it, and may refuse by throwing); the backup is read into a scratch database by
 * dexie-export-import, which revives attachments' blobs; and every table is cleared and refilled in one
 * transaction, so a failure part way leaves the data as it was.
 */
export async function restoreBackup(
  db: ReputeDb,
  blob: Blob,
  options: { beforeReplace: (safetyBackup: Blob) => Promise<void> },
): Promise<WriteResult<{ counts: Record<string, number> }>> {
  const inspection = await inspectBackup(blob);
  if (!inspection.ok) return failed({ backup: inspection.message });
  await options.beforeReplace(await exportBackup(db));
  const staged = await readStaged(blob);
  const counts: Record<string, number> = {};
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) {
      const rows = staged.get(table.name) ?? [];
      await replaceTable(table, rows);
      counts[table.name] = rows.length;
    }
    // What is kept beside the records is rebuilt from them: a backup from an earlier schema version has no project
    // totals, day totals, settlement months or settlement days.
    const [timeEntries, payments, invoices] = await Promise.all([db.timeEntries.toArray(), db.payments.toArray(), db.invoices.toArray()]);
    const { changedInvoices, settlements } = settlementsFromRecords(invoices, payments);
    await db.invoices.bulkPut(changedInvoices);
    await db.projectTotals.clear();
    await db.projectTotals.bulkPut(recomputeProjectTotals({ timeEntries, payments }));
    await db.dayTotalMonths.clear();
    await db.dayTotalMonths.bulkPut(recomputeDayTotalMonths(timeEntries));
    await db.settlementMonths.clear();
    await db.settlementMonths.bulkPut(groupSettlementsByMonth(settlements));
  });
  return succeeded({ counts });
}
