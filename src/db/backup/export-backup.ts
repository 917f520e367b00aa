import { version as appVersion } from '../../../package.json';
import type { ReputeDb } from '../db';
import { CURRENT_SCHEMA_VERSION } from '../schema';
import { BACKUP_FORMAT_VERSION, type ReputeBackupMeta } from './backup-format';

/**
 * The whole database as one JSON file (dexie-export-import's format), with Repute's own block in front: the
 * backup format, the app and schema versions and when it was made. The block is joined onto the export's blob
 * without reading it back, so a large backup is not held twice as a string. The library is loaded on first use,
 * keeping it out of the app's start-up code.
 */
export async function exportBackup(db: ReputeDb, options: { now?: number } = {}): Promise<Blob> {
  const { exportDB } = await import('dexie-export-import');
  const exported = await exportDB(db);
  const meta: ReputeBackupMeta = {
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion,
    exportedAt: options.now ?? Date.now(),
    schemaVersion: CURRENT_SCHEMA_VERSION,
  };
  // The export is a JSON object: its opening brace is replaced by one that starts with the repute block.
  return new Blob([`{"repute":${JSON.stringify(meta)},`, exported.slice(1)], { type: 'application/json' });
}
