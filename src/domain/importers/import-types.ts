import type { FEEDBACK_SOURCES, ImportRecord } from '../model';

/** The export formats the importer recognises from a file's header; 'repute-feedback' is Repute's own template. */
export type ImportFormat = 'toggl' | 'toggl-2024' | 'clockify' | 'harvest' | 'upwork' | 'upwork-2023' | 'repute-feedback';

/** The importer's settings for one file; the time zone is the exporting account's, which the file does not say. */
export interface ImportOptions {
  timeZone: string;
  /** How to read a date such as 03/04/2024 when the file alone cannot tell. */
  dateOrder?: 'DMY' | 'MDY';
  /** Where date-only rows (Harvest) start, 'HH:mm' local time; 09:00 when not given. */
  dateOnlyStartTime?: string;
}

/** A row that cannot be imported, by its 1-based line in the file. */
export interface ImportProblem {
  line: number;
  field?: string;
  message: string;
}

export interface ImportedTimeEntry {
  /** Stable across re-imports of the same file: format plus the row's identifying fields. */
  importKey: string;
  clientName: string;
  projectName: string;
  start: number;
  end: number;
  timeZone: string;
  description: string;
  billable: boolean;
  tags: string[];
  /** The duration the export printed, kept to cross-check the one recomputed from start and end. */
  exportedDurationMs?: number;
  /** The billable amount the export printed, in minor units of `currency`. */
  amountMinor?: number;
  currency?: string;
  line: number;
}

export type ImportedPaymentKind = 'earning' | 'withdrawal' | 'refund' | 'adjustment';

/**
 * One money movement. `amountMinor` is signed as it moved the account's balance (earnings in, withdrawals and
 * refunds out); `feeMinor` is the fee withheld for it, negative when a fee was given back.
 */
export interface ImportedPayment {
  importKey: string;
  clientName: string;
  date: string;
  amountMinor: number;
  feeMinor: number;
  currency: string;
  kind: ImportedPaymentKind;
  description: string;
  /** A withdrawal's amount as it arrived in the bank's currency, which tells the exchange rate of that day. */
  localAmountMinor?: number;
  localCurrency?: string;
  line: number;
}

/** A client's rating and comment on one project, as the feedback CSV gives it. */
export interface ImportedFeedback {
  /** Stable across re-imports: the row's date, client, project, rating and comment as read, not as written. */
  importKey: string;
  clientName: string;
  projectName: string;
  /** YYYY-MM-DD. */
  date: string;
  /** Tenths of a star, 10–50. */
  ratingTenths: number;
  comment: string;
  canQuote: boolean;
  source: (typeof FEEDBACK_SOURCES)[number];
  line: number;
}

export interface ImportTotals {
  trackedMs: number;
  billableRows: number;
  /** Time formats: billable amounts; payment formats: the net movement (amount minus fee). */
  amountsByCurrency: Record<string, number>;
}

export interface ParsedImport {
  kind: 'parsed';
  format: ImportFormat;
  formatLabel: string;
  rowCount: number;
  timeEntries: ImportedTimeEntry[];
  payments: ImportedPayment[];
  feedback: ImportedFeedback[];
  clientNames: string[];
  projects: Array<{ clientName: string; projectName: string }>;
  problems: ImportProblem[];
  /** Set when the user must choose how to read the file; the rows were read with the default choice. */
  decision?: { kind: 'dateOrder'; examples: string[] };
  totals: ImportTotals;
}

export type ImportParseResult =
  | ParsedImport
  | { kind: 'empty'; formatLabel: string; message: string }
  | { kind: 'refused'; message: string; line?: number };

/** A client or project Repute already holds, matched by name to one the file names. */
export interface ImportNameMatch {
  id: string;
  name: string;
}

/** The file's records against what Repute holds, before anything is written: what would be matched, and what is new. */
export interface ImportPreview {
  clients: Array<{ name: string; match?: ImportNameMatch }>;
  projects: Array<{ clientName: string; name: string; match?: ImportNameMatch }>;
  newTimeEntries: number;
  newPayments: number;
  newFeedback: number;
  alreadyImported: number;
  fileSeenBefore?: { at: number; fileName: string };
  /** The file's import keys found stored, for the commit to start from rather than reading them again. */
  storedKeys: ReadonlySet<string>;
}

/** What an import added or its undo removed, by kind: the counts its log row keeps. */
export type ImportedCounts = Required<ImportRecord['counts']>;

/** Names given to rows whose client or project column is empty, so every entry has somewhere to live. */
export const NO_CLIENT_NAME = 'No client';
export const NO_PROJECT_NAME = 'No project';
