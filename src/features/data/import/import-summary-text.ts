import type { ImportedCounts, ImportPreview } from '../../../domain/importers/import-types';
import type { ImportRecord } from '../../../domain/model';
import { countOf } from '../../../shared/count-text';

export const NOTHING_NEW_MESSAGE = 'Nothing new to import: every row is already in Repute';

/**
 * "30 time entries, 2 clients, 5 projects": only the kinds that were touched, records before their parents. Takes a
 * log row's counts as stored, which lack feedback when the import is older than feedback imports.
 */
export function countsList(counts: ImportRecord['counts']): string {
  const feedback = counts.feedback ?? 0;
  const parts = [
    counts.timeEntries > 0 ? countOf(counts.timeEntries, 'time entry', 'time entries') : '',
    counts.payments > 0 ? countOf(counts.payments, 'payment', 'payments') : '',
    feedback > 0 ? countOf(feedback, 'review', 'reviews') : '',
    counts.clients > 0 ? countOf(counts.clients, 'client', 'clients') : '',
    counts.projects > 0 ? countOf(counts.projects, 'project', 'projects') : '',
  ];
  return parts.filter((part) => part !== '').join(', ');
}

function addedNothing(counts: ImportedCounts): boolean {
  return counts.timeEntries + counts.payments + counts.feedback + counts.clients + counts.projects === 0;
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
export function importButtonLabel({ newTimeEntries, newPayments, newFeedback }: Pick<ImportPreview, 'newTimeEntries' | 'newPayments' | 'newFeedback'>): string {
  if (newFeedback > 0 && newTimeEntries + newPayments === 0) return `Import ${countOf(newFeedback, 'review', 'reviews')}`;
  if (newPayments > 0 && newTimeEntries === 0) return `Import ${countOf(newPayments, 'payment', 'payments')}`;
  return `Import ${countOf(newTimeEntries + newPayments + newFeedback, 'entry', 'entries')}`;
}

/** Why a file over the size limit is turned away, and what to do instead. */
export function tooLargeMessage(fileName: string, bytes: number, limitBytes: number): string {
  const megabytes = (count: number) => (count / (1024 * 1024)).toFixed(1);
  return `${fileName} is ${megabytes(bytes)} MB; files up to ${megabytes(limitBytes)} MB can be imported. Export a shorter date range and import it in parts.`;
}
