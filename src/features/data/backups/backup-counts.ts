/** Readable names for the tables a backup counts; a table this version does not know keeps its own name. */
const TABLE_LABELS: Record<string, string> = {
  clients: 'Clients',
  projects: 'Projects',
  proposals: 'Proposals',
  timeEntries: 'Time entries',
  invoices: 'Invoices',
  payments: 'Payments',
  feedback: 'Feedback',
  credentials: 'Credentials',
  attachments: 'Attachments',
  imports: 'Imports',
  settings: 'Settings',
  rollups: 'Monthly totals',
};

/** Tables that are derived or bookkeeping: counted in the total, but not worth a line of their own. */
const QUIET_TABLES = new Set(['rollups', 'settings']);

export interface BackupCountRow {
  table: string;
  label: string;
  count: number;
}

/** The backup's record counts as lines to show, in the app's own order of areas, derived tables left out. */
export function backupCountRows(counts: Record<string, number>): BackupCountRow[] {
  const order = Object.keys(TABLE_LABELS);
  const rank = (table: string) => {
    const index = order.indexOf(table);
    return index === -1 ? order.length : index;
  };
  return Object.entries(counts)
    .filter(([table]) => !QUIET_TABLES.has(table))
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([table, count]) => ({ table, label: TABLE_LABELS[table] ?? table, count }));
}

/** The records a backup holds that a person entered or imported: the lines backupCountRows shows, summed. */
export function totalRecords(counts: Record<string, number>): number {
  return backupCountRows(counts).reduce((sum, row) => sum + row.count, 0);
}
