/** One project's hours on one local day. */
export interface DayProjectTotals {
  trackedMs: number;
  billableMs: number;
  /** Billable time no invoice holds yet: it moves to zero when an invoice is issued for it and back when released. */
  unbilledMs: number;
}

/**
 * The hours of one local day, project by project, kept in the same transaction as every time entry write (and every
 * invoice that links or releases entries), so the Dashboard's last twelve weeks read 84 rows instead of every entry
 * in them. One row per day (not per day × project): reading a row costs more than its size, and a day holds a few
 * projects at most. An entry counts wholly on the local day of its start, in its own zone, as the month rollups do.
 */
export interface DayTotals {
  /** Local day, `YYYY-MM-DD`. */
  day: string;
  /** Keyed by project id; a project with nothing on the day has no key. */
  projects: Record<string, DayProjectTotals>;
}
