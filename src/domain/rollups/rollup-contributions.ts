import type { DayProjectTotals, DayTotals, Invoice, Payment, ProjectMonthTotals, ProjectTotals, Rollup, TimeEntry } from '../model';
import { localDayKey } from '../time/local-calendar';

export type RollupAmounts = Pick<Rollup, 'trackedMs' | 'billableMs' | 'invoicedMinor' | 'receivedMinor' | 'feesMinor'>;

/** What one record adds to one month of one project's totals. */
export type ProjectContribution = ProjectMonthTotals & {
  projectId: string;
  /** Local month, `YYYY-MM`. */
  month: string;
};

/** What one time entry adds to one project on one local day. */
export type DayContribution = DayProjectTotals & {
  /** Local day, `YYYY-MM-DD`. */
  day: string;
  projectId: string;
};

/**
 * What one record adds to one month × client × currency cell, to its project's month when it has one, and to its
 * project's day when it is time; deltas have the same shape with signed amounts.
 */
export type RollupContribution = Pick<Rollup, 'month' | 'clientId' | 'currency'> &
  RollupAmounts & { project?: ProjectContribution; day?: DayContribution };

const AMOUNT_KEYS = ['trackedMs', 'billableMs', 'invoicedMinor', 'receivedMinor', 'feesMinor'] as const;

const ZERO_AMOUNTS: RollupAmounts = { trackedMs: 0, billableMs: 0, invoicedMinor: 0, receivedMinor: 0, feesMinor: 0 };

export function rollupId(cell: Pick<Rollup, 'month' | 'clientId' | 'currency'>): string {
  return `${cell.month}|${cell.clientId}|${cell.currency}`;
}

/**
 * A stopped, live time entry counts its elapsed time in the local day and month of its start, in its own zone (an
 * entry across midnight counts wholly on its start day); hours are filed under the project's currency, the currency
 * they will be billed in. A running entry counts once it stops. Its day also counts it as unbilled while it is
 * billable and no invoice holds it.
 */
export function timeEntryContribution(entry: TimeEntry, projectCurrency: string): RollupContribution | undefined {
  if (entry.deletedAt !== undefined || entry.end === null) return undefined;
  const elapsed = entry.end - entry.start;
  const billableMs = entry.billable ? elapsed : 0;
  // The month is the day's prefix: one zoned formatting per entry rather than two, on every import row and timer stop.
  const day = localDayKey(entry.start, entry.timeZone);
  const month = day.slice(0, 7);
  return {
    ...ZERO_AMOUNTS,
    month,
    clientId: entry.clientId,
    currency: projectCurrency,
    trackedMs: elapsed,
    billableMs,
    project: { projectId: entry.projectId, month, trackedMs: elapsed, billableMs, earnedBaseMinor: 0 },
    day: { day, projectId: entry.projectId, trackedMs: elapsed, billableMs, unbilledMs: entry.invoiceId === undefined ? billableMs : 0 },
  };
}

/**
 * A live payment counts what was received and the fee withheld, in its own currency and date's month; one recorded
 * against a project also counts its base amount as that project's earnings.
 */
export function paymentContribution(payment: Payment): RollupContribution | undefined {
  if (payment.deletedAt !== undefined) return undefined;
  const month = payment.date.slice(0, 7);
  const contribution: RollupContribution = {
    ...ZERO_AMOUNTS,
    month,
    clientId: payment.clientId,
    currency: payment.currency,
    receivedMinor: payment.amountMinor,
    feesMinor: payment.feeMinor,
  };
  if (payment.projectId !== undefined) {
    contribution.project = { projectId: payment.projectId, month, trackedMs: 0, billableMs: 0, earnedBaseMinor: payment.baseAmountMinor };
  }
  return contribution;
}

/**
 * An issued invoice (not a draft, not void) counts its gross in its issue month. Credit notes carry negative
 * lines, so their gross subtracts.
 */
export function invoiceContribution(invoice: Invoice): RollupContribution | undefined {
  if (invoice.deletedAt !== undefined || invoice.status === 'draft' || invoice.status === 'void' || invoice.issueDate === undefined) {
    return undefined;
  }
  return {
    ...ZERO_AMOUNTS,
    month: invoice.issueDate.slice(0, 7),
    clientId: invoice.clientId,
    currency: invoice.currency,
    invoicedMinor: invoice.totals.grossMinor,
  };
}

function isZero(amounts: RollupAmounts): boolean {
  return AMOUNT_KEYS.every((key) => amounts[key] === 0);
}

/**
 * The signed changes a write makes to the rollups: what the records contributed before is taken away and what
 * they contribute after is added, merged per cell; cells whose change nets to zero are left out.
 */
export function rollupDeltas(
  before: readonly (RollupContribution | undefined)[],
  after: readonly (RollupContribution | undefined)[],
): RollupContribution[] {
  const byCell = new Map<string, RollupContribution>();
  const add = (contribution: RollupContribution | undefined, sign: 1 | -1) => {
    if (contribution === undefined) return;
    const id = rollupId(contribution);
    const current = byCell.get(id) ?? { ...ZERO_AMOUNTS, month: contribution.month, clientId: contribution.clientId, currency: contribution.currency };
    for (const key of AMOUNT_KEYS) current[key] += sign * contribution[key];
    byCell.set(id, current);
  };
  for (const contribution of before) add(contribution, -1);
  for (const contribution of after) add(contribution, 1);
  return [...byCell.values()].filter((delta) => !isZero(delta));
}

/** Adds a delta to a stored cell; undefined means the cell is empty and its row goes away. */
export function applyRollupDelta(existing: Rollup | undefined, delta: RollupContribution): Rollup | undefined {
  const next: Rollup = existing === undefined ? { ...ZERO_AMOUNTS, id: rollupId(delta), month: delta.month, clientId: delta.clientId, currency: delta.currency } : { ...existing };
  for (const key of AMOUNT_KEYS) next[key] += delta[key];
  return isZero(next) ? undefined : next;
}

const PROJECT_AMOUNT_KEYS = ['trackedMs', 'billableMs', 'earnedBaseMinor'] as const;

/** The project × month changes of a write, merged per cell, from the same contributions as its client rollups. */
export function projectMonthDeltas(before: readonly (RollupContribution | undefined)[], after: readonly (RollupContribution | undefined)[]): ProjectContribution[] {
  const byCell = new Map<string, ProjectContribution>();
  const add = (contribution: RollupContribution | undefined, sign: 1 | -1) => {
    const project = contribution?.project;
    if (project === undefined) return;
    const id = `${project.projectId}|${project.month}`;
    const current = byCell.get(id) ?? { projectId: project.projectId, month: project.month, trackedMs: 0, billableMs: 0, earnedBaseMinor: 0 };
    for (const key of PROJECT_AMOUNT_KEYS) current[key] += sign * project[key];
    byCell.set(id, current);
  };
  for (const contribution of before) add(contribution, -1);
  for (const contribution of after) add(contribution, 1);
  return [...byCell.values()].filter((delta) => PROJECT_AMOUNT_KEYS.some((key) => delta[key] !== 0));
}

/**
 * Adds one project's month deltas to its stored totals; a month left with nothing loses its key, and undefined means
 * the project has nothing left and its row goes away.
 */
export function applyProjectMonthDeltas(existing: ProjectTotals | undefined, projectId: string, deltas: readonly ProjectContribution[]): ProjectTotals | undefined {
  const months = new Map<string, ProjectMonthTotals>(Object.entries(existing?.months ?? {}));
  for (const delta of deltas) {
    const month = { ...(months.get(delta.month) ?? { trackedMs: 0, billableMs: 0, earnedBaseMinor: 0 }) };
    for (const key of PROJECT_AMOUNT_KEYS) month[key] += delta[key];
    if (PROJECT_AMOUNT_KEYS.every((key) => month[key] === 0)) months.delete(delta.month);
    else months.set(delta.month, month);
  }
  return months.size === 0 ? undefined : { projectId, months: Object.fromEntries(months) };
}

const DAY_AMOUNT_KEYS = ['trackedMs', 'billableMs', 'unbilledMs'] as const;

function isZeroDay(amounts: DayProjectTotals): boolean {
  return DAY_AMOUNT_KEYS.every((key) => amounts[key] === 0);
}

/**
 * The project × day changes of a write, merged per cell, from the same contributions as its rollups. Linking an entry
 * to an invoice changes only its day's unbilled time, so that write has a day delta and no other.
 */
export function dayDeltas(before: readonly (RollupContribution | undefined)[], after: readonly (RollupContribution | undefined)[]): DayContribution[] {
  const byCell = new Map<string, DayContribution>();
  const add = (contribution: RollupContribution | undefined, sign: 1 | -1) => {
    const day = contribution?.day;
    if (day === undefined) return;
    const id = `${day.day}|${day.projectId}`;
    const current = byCell.get(id) ?? { day: day.day, projectId: day.projectId, trackedMs: 0, billableMs: 0, unbilledMs: 0 };
    for (const key of DAY_AMOUNT_KEYS) current[key] += sign * day[key];
    byCell.set(id, current);
  };
  for (const contribution of before) add(contribution, -1);
  for (const contribution of after) add(contribution, 1);
  return [...byCell.values()].filter((delta) => !isZeroDay(delta));
}

/**
 * Adds one day's deltas to its stored totals; a project left with nothing loses its key, and undefined means the day
 * has nothing left and its row goes away.
 */
export function applyDayDeltas(existing: DayTotals | undefined, day: string, deltas: readonly DayContribution[]): DayTotals | undefined {
  const projects = new Map<string, DayProjectTotals>(Object.entries(existing?.projects ?? {}));
  for (const delta of deltas) {
    const project = { ...(projects.get(delta.projectId) ?? { trackedMs: 0, billableMs: 0, unbilledMs: 0 }) };
    for (const key of DAY_AMOUNT_KEYS) project[key] += delta[key];
    if (isZeroDay(project)) projects.delete(delta.projectId);
    else projects.set(delta.projectId, project);
  }
  return projects.size === 0 ? undefined : { day, projects: Object.fromEntries(projects) };
}
