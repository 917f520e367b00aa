import type { RecordMeta } from './common';

/** One row per import, so the same file is recognised again and an import can be undone. */
export interface ImportRecord extends RecordMeta {
  source: 'toggl' | 'clockify' | 'harvest' | 'upwork' | 'repute-feedback';
  fileName: string;
  fileHash: string;
  at: number;
  /** `feedback` is absent on imports made before feedback could be imported: they added none. */
  counts: { timeEntries: number; clients: number; projects: number; payments: number; feedback?: number };
  /** Clients and projects this import created, so undoing it can remove them when nothing else uses them. */
  createdClientIds?: string[];
  createdProjectIds?: string[];
  /** Set when the import was undone; the row stays so the file is still recognised. */
  undoneAt?: number;
}
