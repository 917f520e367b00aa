import type { DayTotals, DayTotalsMonth, Invoice, Payment, Project, ProjectTotals, Rollup, TimeEntry } from '../model';
import { applyDayDeltas, applyRollupDelta, invoiceContribution, paymentContribution, rollupId, timeEntryContribution, type RollupContribution } from './rollup-contributions';

export interface RollupSources {
  timeEntries: Iterable<TimeEntry>;
  payments: Iterable<Payment>;
  invoices: Iterable<Invoice>;
  /** Every project an entry may point to, deleted ones included: they decide the currency of its hours. */
  projects: Iterable<Pick<Project, 'id' | 'currency'>>;
}

/**
 * The rollups table built from scratch, sorted by id: the reference the incremental updates must always equal,
 * and the way to fill the table after a bulk load.
 */
export function recomputeRollups(sources: RollupSources): Rollup[] {
  const currencyByProject = new Map<string, string>();
  for (const project of sources.projects) currencyByProject.set(project.id, project.currency);

  const cells = new Map<string, Rollup>();
  const add = (contribution: RollupContribution | undefined) => {
    if (contribution === undefined) return;
    const id = rollupId(contribution);
    const next = applyRollupDelta(cells.get(id), contribution);
    if (next === undefined) cells.delete(id);
    else cells.set(id, next);
  };
  for (const entry of sources.timeEntries) {
    const currency = currencyByProject.get(entry.projectId);
    if (currency !== undefined) add(timeEntryContribution(entry, currency));
  }
  for (const payment of sources.payments) add(paymentContribution(payment));
  for (const invoice of sources.invoices) add(invoiceContribution(invoice));
  return [...cells.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * The projectTotals table built from scratch, by project id: the reference its incremental updates must equal, and
 * the way a schema upgrade, a restore or a bulk load fills it.
 */
export function recomputeProjectTotals(sources: Pick<RollupSources, 'timeEntries' | 'payments'>): ProjectTotals[] {
  const totals = new Map<string, ProjectTotals>();
  const add = (contribution: RollupContribution | undefined) => {
    const project = contribution?.project;
    if (project === undefined) return;
    const row = totals.get(project.projectId) ?? { projectId: project.projectId, months: {} };
    const month = row.months[project.month] ?? { trackedMs: 0, billableMs: 0, earnedBaseMinor: 0 };
    month.trackedMs += project.trackedMs;
    month.billableMs += project.billableMs;
    month.earnedBaseMinor += project.earnedBaseMinor;
    row.months[project.month] = month;
    totals.set(project.projectId, row);
  };
  // The project's currency does not matter to project totals: hours are hours and earnings are in base currency.
  for (const entry of sources.timeEntries) add(timeEntryContribution(entry, ''));
  for (const payment of sources.payments) add(paymentContribution(payment));
  // Records only add here (deleted ones contribute nothing), but a refund can bring a month back to zero.
  const rows: ProjectTotals[] = [];
  for (const row of totals.values()) {
    const months = Object.fromEntries(Object.entries(row.months).filter(([, month]) => month.trackedMs !== 0 || month.billableMs !== 0 || month.earnedBaseMinor !== 0));
    if (Object.keys(months).length > 0) rows.push({ projectId: row.projectId, months });
  }
  return rows.sort((a, b) => (a.projectId < b.projectId ? -1 : a.projectId > b.projectId ? 1 : 0));
}

/**
 * Every day's totals built from scratch, by day: the reference the incremental updates must equal (grouped into
 * month rows by recomputeDayTotalMonths for the table).
 */
export function recomputeDayTotals(timeEntries: Iterable<TimeEntry>): DayTotals[] {
  const days = new Map<string, DayTotals>();
  // As for project totals, the currency does not matter: a day holds hours only.
  for (const entry of timeEntries) {
    const day = timeEntryContribution(entry, '')?.day;
    if (day === undefined) continue;
    const next = applyDayDeltas(days.get(day.day), day.day, [day]);
    if (next === undefined) days.delete(day.day);
    else days.set(day.day, next);
  }
  return [...days.values()].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}

/** Day totals in their months' rows, by month (each month's days in order). */
export function groupDayTotalsByMonth(days: readonly DayTotals[]): DayTotalsMonth[] {
  const byMonth = new Map<string, DayTotalsMonth>();
  for (const day of [...days].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0))) {
    const month = day.day.slice(0, 7);
    const row = byMonth.get(month) ?? { month, days: {} };
    row.days[day.day] = day.projects;
    byMonth.set(month, row);
  }
  return [...byMonth.values()].sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
}

/** The day totals a month row holds, in day order. */
export function daysOfMonth(row: DayTotalsMonth): DayTotals[] {
  return Object.entries(row.days)
    .map(([day, projects]) => ({ day, projects }))
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}

/** The dayTotalMonths table built from scratch: what an upgrade, a restore or a bulk load writes. */
export function recomputeDayTotalMonths(timeEntries: Iterable<TimeEntry>): DayTotalsMonth[] {
  return groupDayTotalsByMonth(recomputeDayTotals(timeEntries));
}
