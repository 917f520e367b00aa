import { useMemo } from 'react';
import { db } from '../../../db';
import { exportBackup } from '../../../db/backup';
import { saveFile } from '../../../shared/save-file';

export interface BackupCommands {
  /** Every record and setting as one file, handed to the user; resolves false when they cancelled the save dialog. */
  downloadBackup: (fileName: string) => Promise<boolean>;
}

export function useBackupCommands(): BackupCommands {
  return useMemo(
    () => ({
      downloadBackup: async (fileName) => saveFile({ suggestedName: fileName, content: await exportBackup(db), mimeType: 'application/json' }),
    }),
    [],
  );
}
