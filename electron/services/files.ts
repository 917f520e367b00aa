import path from 'node:path';
import type { TextFile } from '../../src/platform/contract';

export interface SaveDialogOptions {
  title: string;
  defaultPath: string;
  filters: Array<{ name: string; extensions: string[] }>;
}

export interface FileSaveHost {
  showSaveDialog(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>;
  writeTextFile(filePath: string, content: string): Promise<void>;
  /** Where the dialog opens: the user's Downloads or Documents folder. */
  defaultFolder(): string;
}

const KNOWN_TYPES: Record<string, { name: string; extension: string }> = {
  'text/csv': { name: 'CSV spreadsheet', extension: 'csv' },
  'application/json': { name: 'JSON', extension: 'json' },
  'text/html': { name: 'Web page', extension: 'html' },
  'text/plain': { name: 'Text', extension: 'txt' },
  'text/markdown': { name: 'Markdown', extension: 'md' },
};

/** The dialog's file type choices: the file's own type first, then any file. */
export function saveDialogFilters(file: Pick<TextFile, 'suggestedName' | 'mimeType'>): SaveDialogOptions['filters'] {
  const known = KNOWN_TYPES[file.mimeType];
  const extension = known?.extension ?? path.extname(file.suggestedName).slice(1);
  const own = extension === '' ? [] : [{ name: known?.name ?? extension.toUpperCase(), extensions: [extension] }];
  return [...own, { name: 'All files', extensions: ['*'] }];
}

/**
 * Saves text the renderer produced (an export) where the user chooses. The renderer names the file but never the
 * folder: the save dialog is the only way a path comes into being, and the content is written as UTF-8 as given.
 */
export function createTextFileSaver(host: FileSaveHost): (file: TextFile) => Promise<{ saved: boolean }> {
  return async (file) => {
    const choice = await host.showSaveDialog({
      title: 'Save export',
      defaultPath: path.join(host.defaultFolder(), path.basename(file.suggestedName)),
      filters: saveDialogFilters(file),
    });
    if (choice.canceled || choice.filePath === undefined || choice.filePath === '') return { saved: false };
    await host.writeTextFile(choice.filePath, file.content);
    return { saved: true };
  };
}
