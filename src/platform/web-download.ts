/** Hands a file to the browser's downloads through a hidden link: the one way the web build gives the user a file. */
export function downloadBlob(blob: Blob, fileName: string): void {
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
