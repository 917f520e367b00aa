import type { Invoice, Payment, ProjectMonthTotals, ProjectTotals, Rollup, TimeEntry } from '../model';
import { localMonthKey } from '../time/local-calendar';

export type RollupAmounts = Pick<Rollup, 'trackedMs' | 'billableMs' | 'invoicedMinor' | 'receivedMinor' | 'feesMinor'>;

/** What one record adds to one month of one project's totals. */
export type ProjectContribution = ProjectMonthTotals & {
  projectId: string;
  /** Local month, `YYYY-MM`. */
  month: string;
};

/**
 * What one record adds to one month × client × currency cell, and to its project's month when it has one; deltas
 * have the same shape with signed amounts.
 */
export type RollupContribution = Pick<Rollup, 'month' | 'clientId' | 'currency'> & RollupAmounts & { project?: ProjectContribution };

const AMOUNT_KEYS = ['trackedMs', 'billableMs', 'invoicedMinor', 'receivedMinor', 'feesMinor'] as const;

const ZERO_AMOUNTS: RollupAmounts = { trackedMs: 0, billableMs: 0, invoicedMinor: 0, receivedMinor: 0, feesMinor: 0 };

export function rollupId(cell: Pick<Rollup, 'month' | 'clientId' | 'currency'>): string {
  return `${cell.month}|${cell.clientId}|${cell.currency}`;
}

/**
 * A stopped, live time entry counts its elapsed time in the local month of its start; hours are filed under the
 * project's currency, the currency they will be billed in. A running entry counts once it stops.
 */
export function timeEntryContribution(entry: TimeEntry, projectCurrency: string): RollupContribution | undefined {
  if (entry.deletedAt !== undefined || entry.end === null) return undefined;
  const elapsed = entry.end - entry.start;
  const month = localMonthKey(entry.start, entry.timeZone);
  return {
    ...ZERO_AMOUNTS,
    month,
    clientId: entry.clientId,
    currency: projectCurrency,
    trackedMs: elapsed,
    billableMs: entry.billable ? elapsed : 0,
    project: { projectId: entry.projectId, month, trackedMs: elapsed, billableMs: entry.billable ? elapsed : 0, earnedBaseMinor: 0 },
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
