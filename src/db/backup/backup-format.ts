import { z } from 'zod';
import { CURRENT_SCHEMA_VERSION } from '../schema';

/**
 * Version of Repute's backup file. 1: a dexie-export-import file with a `repute` block in front. Files without the
 * block (a plain Dexie export of a Repute database) are read as version 0.
 */
export const BACKUP_FORMAT_VERSION = 1;

export const reputeBackupMetaSchema = z.object({
  formatVersion: z.number().int().min(1),
  appVersion: z.string(),
  exportedAt: z.number().int(),
  schemaVersion: z.number().int().min(1),
});

export type ReputeBackupMeta = z.infer<typeof reputeBackupMetaSchema>;

/** The shape of a backup file, checked before anything is replaced; rows are left to the import to read. */
export const backupFileSchema = z.object({
  repute: z.unknown().optional(),
  formatName: z.literal('dexie'),
  formatVersion: z.number().int(),
  data: z.object({
    databaseName: z.string(),
    databaseVersion: z.number(),
    tables: z.array(z.object({ name: z.string(), schema: z.string(), rowCount: z.number().int().min(0) })),
    data: z.array(z.object({ tableName: z.string(), rows: z.array(z.unknown()) })),
  }),
});

export type BackupInspection =
  | { ok: true; formatVersion: number; schemaVersion: number; exportedAt: number; counts: Record<string, number> }
  | { ok: false; message: string };

const NOT_A_BACKUP = 'This file is not a Repute backup. Choose a file made with "Download backup" or one of the automatic backups.';
/** Tables every Repute database has had since the first version; a Dexie export without them is another app's. */
const CORE_TABLES = ['clients', 'projects', 'timeEntries', 'payments'];

function newerMessage(formatVersion: number): string {
  return `This backup was made by a newer Repute (format ${formatVersion}); update the app to restore it.`;
}

/** Reads what a backup holds from its text, refusing what is not one or what this version cannot read. */
export function inspectBackupText(text: string): BackupInspection {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: NOT_A_BACKUP };
  }
  const file = backupFileSchema.safeParse(json);
  if (!file.success) return { ok: false, message: NOT_A_BACKUP };
  const tableNames = new Set(file.data.data.tables.map((table) => table.name));
  if (!CORE_TABLES.every((name) => tableNames.has(name))) return { ok: false, message: NOT_A_BACKUP };

  let formatVersion = 0;
  let exportedAt = 0;
  if (file.data.repute !== undefined) {
    const versionOnly = z.object({ formatVersion: z.number().int() }).safeParse(file.data.repute);
    if (versionOnly.success && versionOnly.data.formatVersion > BACKUP_FORMAT_VERSION) return { ok: false, message: newerMessage(versionOnly.data.formatVersion) };
    const meta = reputeBackupMetaSchema.safeParse(file.data.repute);
    if (!meta.success) return { ok: false, message: 'This backup’s description is damaged, so it cannot be restored safely.' };
    formatVersion = meta.data.formatVersion;
    exportedAt = meta.data.exportedAt;
  }
  const schemaVersion = file.data.data.databaseVersion;
  if (schemaVersion > CURRENT_SCHEMA_VERSION) return { ok: false, message: newerMessage(formatVersion) };

  const counts: Record<string, number> = {};
  for (const table of file.data.data.tables) counts[table.name] = table.rowCount;
  for (const table of file.data.data.data) {
    if (table.rows.length !== counts[table.tableName]) {
      return { ok: false, message: `This backup is incomplete: the ${table.tableName} table should have ${counts[table.tableName] ?? 0} records but has ${table.rows.length}.` };
    }
  }
  return { ok: true, formatVersion, schemaVersion, exportedAt, counts };
}
