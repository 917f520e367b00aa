import { host } from '../platform';
import { downloadBlob } from '../platform/web-download';

/** A file to hand to the user, under the name the save dialog or the downloads suggest. */
export interface FileToSave {
  suggestedName: string;
  /** Text, or a Blob, which a browser downloads as it is, so a large file (a backup) is never copied into one string. */
  content: string | Blob;
  mimeType: string;
}

/**
 * The one way a file reaches the user: the desktop app's save dialog, or the browser's downloads. Resolves false
 * when the user cancelled the dialog; rejects when the file could not be written.
 */
export async function saveFile({ suggestedName, content, mimeType }: FileToSave): Promise<boolean> {
  if (typeof content === 'string') return (await host.saveTextFile({ suggestedName, content, mimeType })).saved;
  const info = await host.getAppInfo();
  if (info.host !== 'electron') {
    downloadBlob(content, suggestedName);
    return true;
  }
  return (await host.saveTextFile({ suggestedName, content: await content.text(), mimeType })).saved;
}
