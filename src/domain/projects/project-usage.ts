import type { Invoice, TimeEntry } from '../model';
import { multiplyByQuantity, sumMinor } from '../money';
import type { ProjectUsage } from './budget-burn';

/** Tracked and billable time of stopped, live entries; a running timer counts once it stops, as in the rollups. */
export function summarizeProjectTime(entries: readonly TimeEntry[]): Pick<ProjectUsage, 'trackedMs' | 'billableMs'> {
  let trackedMs = 0;
  let billableMs = 0;
  for (const entry of entries) {
    if (entry.deletedAt !== undefined || entry.end === null) continue;
    const elapsed = entry.end - entry.start;
    trackedMs += elapsed;
    if (entry.billable) billableMs += elapsed;
  }
  return { trackedMs, billableMs };
}

/**
 * The net of the lines that name the project on issued invoices and credit notes (drafts and void ones do not count),
 * before tax and before any discount on the whole invoice.
 */
export function projectInvoicedNetMinor(invoices: readonly Invoice[], projectId: string): number {
  const amounts: number[] = [];
  for (const invoice of invoices) {
    if (invoice.deletedAt !== undefined || invoice.status === 'draft' || invoice.status === 'void') continue;
    for (const line of invoice.lines) {
      if (line.projectId === projectId) amounts.push(multiplyByQuantity(line.unitPriceMinor, line.quantityMilli));
    }
  }
  return sumMinor(amounts);
}

export function projectUsage(entries: readonly TimeEntry[], invoices: readonly Invoice[], projectId: string): ProjectUsage {
  return { ...summarizeProjectTime(entries.filter((entry) => entry.projectId === projectId)), invoicedNetMinor: projectInvoicedNetMinor(invoices, projectId) };
}
