import type { CsvRow } from './csv-table';
import type { HeaderColumns } from './header-columns';
import type { ImportedFeedback, ImportedPayment, ImportedTimeEntry, ImportOptions, ImportProblem } from './import-types';

/** What a format's reader knows about the file as a whole. */
export interface FormatContext {
  columns: HeaderColumns;
  options: ImportOptions;
  dateOrder: 'DMY' | 'MDY';
  /** Numbers are written with a decimal comma (a European account, or a spreadsheet re-save with ;). */
  decimalComma: boolean;
}

export interface FormatReadResult {
  timeEntries: ImportedTimeEntry[];
  payments: ImportedPayment[];
  feedback: ImportedFeedback[];
  problems: ImportProblem[];
}

/** Reads the well-formed rows of one format; rows of the wrong width were already set aside. */
export type FormatReader = (rows: readonly CsvRow[], context: FormatContext) => FormatReadResult;
