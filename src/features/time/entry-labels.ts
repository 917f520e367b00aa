import type { TimeEntry } from '../../domain/model';
import type { FieldErrors } from '../../db/repositories/write-result';

/** How an entry is named in buttons and messages: its description, else its project. */
export function entryLabel(entry: Pick<TimeEntry, 'description'>, projectName: string | undefined): string {
  const description = entry.description.trim();
  if (description !== '') return description;
  return projectName ?? 'Untitled entry';
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
