import { describe, expect, it } from 'vitest';
import { createTextFileSaver, saveDialogFilters, type SaveDialogOptions } from '../../../../electron/services/files';

function fakeDisk(choice: { canceled: boolean; filePath?: string }) {
  const dialogs: SaveDialogOptions[] = [];
  const written: Array<[string, string]> = [];
  return {
    dialogs,
    written,
    host: {
      showSaveDialog: (options: SaveDialogOptions) => {
        dialogs.push(options);
        return Promise.resolve(choice);
      },
      writeTextFile: (filePath: string, content: string) => {
        written.push([filePath, content]);
        return Promise.resolve();
      },
      defaultFolder: () => '/home/mara/Downloads',
    },
  };
}

describe('createTextFileSaver', () => {
  it('asks where to save, starting in the default folder with the suggested name, and writes the text there', async () => {
    const disk = fakeDisk({ canceled: false, filePath: '/home/mara/Documents/march.csv' });
    const save = createTextFileSaver(disk.host);
    await expect(save({ suggestedName: 'time-2026-03.csv', content: '\uFEFFDate\r\n', mimeType: 'text/csv' })).resolves.toEqual({ saved: true });
    expect(disk.dialogs).toEqual([
      {
        title: 'Save export',
        defaultPath: '/home/mara/Downloads/time-2026-03.csv',
        filters: [
          { name: 'CSV spreadsheet', extensions: ['csv'] },
          { name: 'All files', extensions: ['*'] },
        ],
      },
    ]);
    expect(disk.written).toEqual([['/home/mara/Documents/march.csv', '\uFEFFDate\r\n']]);
  });

  it('writes nothing when the user cancels', async () => {
    const disk = fakeDisk({ canceled: true });
    await expect(createTextFileSaver(disk.host)({ suggestedName: 'time.csv', content: 'x', mimeType: 'text/csv' })).resolves.toEqual({ saved: false });
    expect(disk.written).toEqual([]);
  });
});

describe('saveDialogFilters', () => {
  it('names known types and falls back to the file’s own extension', () => {
    expect(saveDialogFilters({ suggestedName: 'portfolio.json', mimeType: 'application/json' })[0]).toEqual({ name: 'JSON', extensions: ['json'] });
    expect(saveDialogFilters({ suggestedName: 'ledger.qif', mimeType: 'application/qif' })[0]).toEqual({ name: 'QIF', extensions: ['qif'] });
    expect(saveDialogFilters({ suggestedName: 'notes', mimeType: 'application/octet-stream' })).toEqual([{ name: 'All files', extensions: ['*'] }]);
  });
});
