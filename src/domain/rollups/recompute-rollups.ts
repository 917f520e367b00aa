import type { Invoice, Payment, Project, ProjectRollup, Rollup, TimeEntry } from '../model';
import {
  applyProjectRollupDelta,
  applyRollupDelta,
  invoiceContribution,
  paymentContribution,
  projectRollupId,
  rollupId,
  timeEntryContribution,
  type RollupContribution,
} from './rollup-contributions';

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

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The projectRollups table built from scratch, sorted by id: the reference its incremental updates must equal, the
 * way schema version 2 fills it from version 1 records, and the way a restore or bulk load fills it.
 */
export function recomputeProjectRollups(sources: Pick<RollupSources, 'timeEntries' | 'payments'>): ProjectRollup[] {
  const cells = new Map<string, ProjectRollup>();
  const add = (contribution: RollupContribution | undefined) => {
    const project = contribution?.project;
    if (project === undefined) return;
    const id = projectRollupId(project);
    const next = applyProjectRollupDelta(cells.get(id), project);
    if (next === undefined) cells.delete(id);
    else cells.set(id, next);
  };
  // The project's currency does not matter to project rollups: hours are hours and earnings are in base currency.
  for (const entry of sources.timeEntries) add(timeEntryContribution(entry, ''));
  for (const payment of sources.payments) add(paymentContribution(payment));
  return [...cells.values()].sort(byId);
}
