import { useMemo } from 'react';
import { db } from '../../../db';
import { undoImport, type ImportSummary } from '../../../db/repositories/imports';
import type { WriteResult } from '../../../db/repositories/write-result';

export interface ImportCommands {
  /** Takes back what an import added, in one transaction; refused when its time has been invoiced since. */
  undoImport: (importId: string) => Promise<WriteResult<ImportSummary>>;
}

export function useImportCommands(): ImportCommands {
  return useMemo(() => ({ undoImport: (importId) => undoImport(db, importId) }), []);
}
