/**
 * Project × month totals, kept in the same transaction as every time entry and payment write, so reputation figures
 * that need each contract's hours, earnings and months of work never scan the time entries. The id is
 * `${projectId}|${month}`; the client comes from the project, so moving a project to another client changes no row.
 */
export interface ProjectRollup {
  id: string;
  projectId: string;
  /** Local month of the record, `YYYY-MM`. */
  month: string;
  trackedMs: number;
  billableMs: number;
  /** Payments recorded against the project, in the base currency at each payment's own rate. */
  earnedBaseMinor: number;
}
