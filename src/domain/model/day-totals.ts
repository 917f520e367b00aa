/** One project's hours on one local day. */
export interface DayProjectTotals {
  trackedMs: number;
  billableMs: number;
  /** Billable time no invoice holds yet: it moves to zero when an invoice is issued for it and back when released. */
  unbilledMs: number;
}

/**
 * The hours of one local day, project by project. An entry counts wholly on the local day of its start, in its own
 * zone, as the month rollups do.
 */
export interface DayTotals {
  /** Local day, `YYYY-MM-DD`. */
  day: string;
  /** Keyed by project id; a project with nothing on the day has no key. */
  projects: Record<string, DayProjectTotals>;
}

/**
 * A month's day totals in one row, kept in the same transaction as every time entry write (and every invoice that
 * links or releases entries), so the Dashboard's last twelve weeks read four rows instead of every entry in them. A
 * row per month, not per day: an import of a year's entries touches twelve rows rather than three hundred, whose
 * reads and writes kept the page busy for a quarter of a second in one stretch.
 */
export interface DayTotalsMonth {
  /** `YYYY-MM`. */
  month: string;
  /** Keyed by day, `YYYY-MM-DD`; a day with nothing in it has no key. */
  days: Record<string, Record<string, DayProjectTotals>>;
}
