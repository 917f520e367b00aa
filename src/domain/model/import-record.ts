import type { RecordMeta } from './common';

/** One row per import, so the same file is recognised again and an import can be undone. */
export interface ImportRecord extends RecordMeta {
  source: 'toggl' | 'clockify' | 'harvest' | 'upwork';
  fileName: string;
  fileHash: string;
  at: number;
  counts: { timeEntries: number; clients: number; projects: number; payments: number };
}
