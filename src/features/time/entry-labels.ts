import type { TimeEntry } from '../../domain/model';
import type { FieldErrors } from '../../db/repositories/write-result';
import { formatDuration } from '../../domain/time';

/** How an entry is named in buttons and messages: its description, else its project. */
export function entryLabel(entry: Pick<TimeEntry, 'description'>, projectName: string | undefined): string {
  const description = entry.description.trim();
  if (description !== '') return description;
  return projectName ?? 'Untitled entry';
}

/**
 * How a message names an entry it acted on: its description in quotes, else words that say it is an entry (its
 * length and project), since the project's name alone reads as though the project itself was deleted or restored.
 */
export function entryMessageName(entry: Pick<TimeEntry, 'description' | 'start' | 'end'>, projectName: string | undefined): string {
  const description = entry.description.trim();
  if (description !== '') return `“${description}”`;
  const onProject = projectName === undefined ? '' : ` on ${projectName}`;
  if (entry.end === null) return `the running entry${onProject}`;
  const length = formatDuration(entry.end - entry.start, 'hours-minutes');
  return projectName === undefined ? `an entry of ${length}` : `${length}${onProject}`;
}

/** The first message of a refused write, for a one-line announcement. */
export function firstErrorMessage(errors: FieldErrors, fallback = 'Nothing was changed'): string {
  for (const message of Object.values(errors)) if (message !== undefined && message !== '') return message;
  return fallback;
}

/** Why an invoiced entry is locked, in the words the repository uses when it refuses a change. */
export function invoiceLockReason(invoiceNumber: string | undefined): string {
  return `This entry is on ${invoiceNumber === undefined ? 'a draft invoice' : `invoice ${invoiceNumber}`} and cannot change`;
}
