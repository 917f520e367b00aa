/** One project's hours and earnings in one local month. */
export interface ProjectMonthTotals {
  trackedMs: number;
  billableMs: number;
  /** Payments recorded against the project, in the base currency at each payment's own rate. */
  earnedBaseMinor: number;
}

/**
 * A project's totals month by month, kept in the same transaction as every time entry and payment write, so
 * reputation figures that need each contract's hours, earnings and months of work never scan the time entries. One
 * row per project (not per month): the Reputation screen reads every contract's row at once, and a few hundred rows
 * read in a fraction of the time of a few thousand. The client comes from the project, so moving a project to
 * another client changes no row.
 */
export interface ProjectTotals {
  projectId: string;
  /** Keyed by local month, `YYYY-MM`; a month with nothing in it has no key. */
  months: Record<string, ProjectMonthTotals>;
}
