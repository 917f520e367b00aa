import { host } from '../../../platform';

/** Hands a Blob to the browser's downloads as-is, so a large backup is never copied into one string. */
function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download holds its own reference by now; revoking later still lets a slow browser start it.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Saves a backup file where the user chooses: the desktop app's save dialog, or the browser's downloads. Resolves
 * false when the user cancelled the dialog.
 */
export async function saveBackupFile(blob: Blob, fileName: string, onDesktop: boolean): Promise<boolean> {
  if (!onDesktop) {
    downloadBlob(blob, fileName);
    return true;
  }
  const result = await host.saveTextFile({ suggestedName: fileName, content: await blob.text(), mimeType: 'application/json' });
  return result.saved;
}
