import type { RecordMeta } from './common';

/** One row per import, so the same file is recognised again and an import can be undone. */
export interface ImportRecord extends RecordMeta {
  source: 'toggl' | 'clockify' | 'harvest' | 'upwork';
  fileName: string;
  fileHash: string;
  at: number;
  counts: { timeEntries: number; clients: number; projects: number; payments: number };
  /** Clients and projects this import created, so undoing it can remove them when nothing else uses them. */
  createdClientIds?: string[];
  createdProjectIds?: string[];
  /** Set when the import was undone; the row stays so the file is still recognised. */
  undoneAt?: number;
}
