import type { Dexie } from 'dexie';
import { groupSettlementsByMonth, settlementsFromRecords } from '../domain/invoices/invoice-settlement';
import type { DayTotalsMonth, Invoice, Payment, ProjectTotals, SettlementMonth, TimeEntry } from '../domain/model';
import { recomputeDayTotalMonths, recomputeProjectTotals } from '../domain/rollups/recompute-rollups';

/**
 * Version 1 of the IndexedDB schema, as shipped. Never edit it: a later change declares
 * `db.version(2).stores(…).upgrade(…)` below and keeps this constant, so databases written by version 1 still
 * open and upgrade, and test/fixtures/db holds a version 1 snapshot to prove it.
 *
 * Index notes: `running` holds only the running time entry (the field is absent otherwise); `&importKey` is
 * unique, and entries without one are not indexed; compound `[x+date]` indexes also answer queries on `x` alone.
 */
export const SCHEMA_V1 = {
  settings: 'id',
  clients: 'id, name, platform, archivedAt, *tags, updatedAt',
  projects: 'id, clientId, status, proposalId, *skills, startDate',
  proposals: 'id, status, clientId, platform, submittedAt, projectId',
  timeEntries: 'id, start, [clientId+start], [projectId+start], invoiceId, running, &importKey, importId',
  invoices: 'id, clientId, status, &number, issueDate, [clientId+issueDate], creditedInvoiceId',
  payments: 'id, clientId, invoiceId, projectId, date, [clientId+date], &importKey, importId',
  feedback: 'id, projectId, clientId, date',
  credentials: 'id, date',
  attachments: 'id, ownerId',
  imports: 'id, fileHash, at',
  rollups: 'id, month, clientId, [clientId+month]',
} as const;

/**
 * Version 2: project × month rollups, so reputation figures read each contract's hours, earnings and months of work
 * without scanning time entries; and feedback gets import keys, so a feedback CSV imported twice adds nothing and an
 * import can be undone. Only the changed tables are listed; Dexie keeps the others.
 */
export const SCHEMA_V2_CHANGES = {
  feedback: 'id, projectId, clientId, date, &importKey, importId',
  projectRollups: 'id, projectId, month',
} as const;

/**
 * Version 3: the Reputation screen reads a few hundred rows where version 2 read thousands. Project totals are one
 * row per project with its months inside (version 2's project × month rows are dropped: a primary key cannot change
 * in place); settlement months hold the invoices paid in full in each month with the day each was, and invoices
 * carry that day as settledOn; proposals are indexed by the day they were decided.
 */
export const SCHEMA_V3_CHANGES = {
  projectRollups: null,
  projectTotals: 'projectId',
  settlementMonths: 'month',
  proposals: 'id, status, clientId, platform, submittedAt, projectId, decidedAt',
} as const;

/**
 * Version 4: day totals, each project's tracked, billable and unbilled time per local day, kept a row per month, so
 * the Dashboard's last twelve weeks read four rows rather than every time entry in them.
 */
export const SCHEMA_V4_CHANGES = {
  dayTotalMonths: 'month',
} as const;

/** Every table and index as the current version declares them: version 1 with the later changes laid over it. */
export const CURRENT_SCHEMA: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries({ ...SCHEMA_V1, ...SCHEMA_V2_CHANGES, ...SCHEMA_V3_CHANGES, ...SCHEMA_V4_CHANGES }).flatMap(([table, indexes]) => (indexes === null ? [] : [[table, indexes]])),
);

/** The schema version the app writes; the newest `db.version(n)` declared in declareSchemaVersions. */
export const CURRENT_SCHEMA_VERSION = 4;

/** Declares every schema version, oldest first, on a fresh Dexie instance. */
export function declareSchemaVersions(db: Dexie): void {
  db.version(1).stores(SCHEMA_V1);
  // Version 2's project × month rows are filled by version 3 in their new shape, so its own upgrade has nothing to do.
  db.version(2).stores(SCHEMA_V2_CHANGES);
  db.version(3)
    .stores(SCHEMA_V3_CHANGES)
    .upgrade(async (transaction) => {
      const [timeEntries, payments, invoices] = await Promise.all([
        transaction.table<TimeEntry>('timeEntries').toArray(),
        transaction.table<Payment>('payments').toArray(),
        transaction.table<Invoice>('invoices').toArray(),
      ]);
      const { changedInvoices, settlements } = settlementsFromRecords(invoices, payments);
      await transaction.table<Invoice>('invoices').bulkPut(changedInvoices);
      await transaction.table<ProjectTotals>('projectTotals').bulkPut(recomputeProjectTotals({ timeEntries, payments }));
      await transaction.table<SettlementMonth>('settlementMonths').bulkPut(groupSettlementsByMonth(settlements));
    });
  db.version(4)
    .stores(SCHEMA_V4_CHANGES)
    .upgrade(async (transaction) => {
      const timeEntries = await transaction.table<TimeEntry>('timeEntries').toArray();
      await transaction.table<DayTotalsMonth>('dayTotalMonths').bulkPut(recomputeDayTotalMonths(timeEntries));
    });
}
