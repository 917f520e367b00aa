import type { InvoicePdfResult } from '../../../platform/contract';

/**
 * What to tell the user once Save PDF returned: "saved" only when a file was written; in a browser, that its print
 * dialog is where the file is made; nothing when they cancelled the save dialog.
 */
export function pdfOutcomeMessage(title: string, result: InvoicePdfResult): string | undefined {
  if (result.saved) return `${title} saved as PDF`;
  if (result.printDialogShown === true) return `Opened the print dialog for ${title}: choose “Save as PDF” there to keep a file`;
  return undefined;
}
