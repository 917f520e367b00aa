import type { ImportedCounts } from '../../../domain/importers/import-types';
import { countOf } from '../../../shared/count-text';

export const NOTHING_NEW_MESSAGE = 'Nothing new to import: every row is already in Repute';

/** "30 time entries, 2 clients, 5 projects": only the kinds that were touched, records before their parents. */
export function countsList(counts: ImportedCounts): string {
  const parts = [
    counts.timeEntries > 0 ? countOf(counts.timeEntries, 'time entry', 'time entries') : '',
    counts.payments > 0 ? countOf(counts.payments, 'payment', 'payments') : '',
    counts.clients > 0 ? countOf(counts.clients, 'client', 'clients') : '',
    counts.projects > 0 ? countOf(counts.projects, 'project', 'projects') : '',
  ];
  return parts.filter((part) => part !== '').join(', ');
}

function addedNothing(counts: ImportedCounts): boolean {
  return counts.timeEntries === 0 && counts.payments === 0 && counts.clients === 0 && counts.projects === 0;
}

/** The one line that tells what an import did: "Imported 30 time entries, 2 clients, 5 projects". */
export function importedSummaryText(added: ImportedCounts): string {
  return addedNothing(added) ? NOTHING_NEW_MESSAGE : `Imported ${countsList(added)}`;
}

/** Rows the file held that Repute had already, said only when there were some. */
export function skippedRowsText(skippedExisting: number): string | undefined {
  if (skippedExisting === 0) return undefined;
  return `${countOf(skippedExisting, 'row was', 'rows were')} already in Repute and ${skippedExisting === 1 ? 'was' : 'were'} left as ${skippedExisting === 1 ? 'it was' : 'they were'}.`;
}

/** The line after an undo: "Import undone: removed 30 time entries, 2 clients, 5 projects". */
export function undoneSummaryText(removed: ImportedCounts): string {
  return addedNothing(removed) ? 'Import undone: it had added nothing that was still here' : `Import undone: removed ${countsList(removed)}`;
}

/** The commit button's label: what will be written, by the kind of record the file holds. */
export function importButtonLabel(newTimeEntries: number, newPayments: number): string {
  if (newPayments > 0 && newTimeEntries === 0) return `Import ${countOf(newPayments, 'payment', 'payments')}`;
  const total = newTimeEntries + newPayments;
  return `Import ${countOf(total, 'entry', 'entries')}`;
}

/** Why a file over the size limit is turned away, and what to do instead. */
export function tooLargeMessage(fileName: string, bytes: number, limitBytes: number): string {
  const megabytes = (count: number) => (count / (1024 * 1024)).toFixed(1);
  return `${fileName} is ${megabytes(bytes)} MB; files up to ${megabytes(limitBytes)} MB can be imported. Export a shorter date range and import it in parts.`;
}
