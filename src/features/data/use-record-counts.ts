import type { Table } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db';
import type { RecordMeta } from '../../domain/model';

export interface RecordCount {
  kind: string;
  /** Records in use. */
  active: number;
  /** Soft-deleted records kept for undo. */
  deleted: number;
}

async function countRecords<T extends RecordMeta>(kind: string, table: Table<T, string>): Promise<RecordCount> {
  const [total, active] = await Promise.all([table.count(), table.filter((record) => record.deletedAt === undefined).count()]);
  return { kind, active, deleted: total - active };
}

/** How many records each table holds, live; undefined while the first count runs. */
export function useRecordCounts(): RecordCount[] | undefined {
  return useLiveQuery(
    () =>
      Promise.all([
        countRecords('Clients', db.clients),
        countRecords('Projects', db.projects),
        countRecords('Proposals', db.proposals),
        countRecords('Time entries', db.timeEntries),
        countRecords('Invoices', db.invoices),
        countRecords('Payments', db.payments),
        countRecords('Feedback', db.feedback),
        countRecords('Credentials', db.credentials),
        countRecords('Attachments', db.attachments),
      ]),
    [],
  );
}
