import type { ImportedCounts, ImportOptions, ImportParseResult, ImportPreview, ParsedImport } from '../../../domain/importers/import-types';
import type { ImportMapping } from './import-mapping';

/** A file the user chose, read into memory, with the hash that recognises it again. */
export interface LoadedImportFile {
  name: string;
  bytes: Uint8Array;
  hash: string;
}

export interface ImportOutcome {
  fileName: string;
  added: ImportedCounts;
  skippedExisting: number;
}

/** One step of the import, from choosing a file to its summary. */
export type ImportFlowState =
  | { step: 'choose' }
  | { step: 'reading'; fileName: string; loadedBytes: number; totalBytes: number }
  | { step: 'checking'; fileName: string }
  | { step: 'refused'; fileName: string; message: string; line?: number }
  | { step: 'empty'; fileName: string; formatLabel: string; message: string }
  | { step: 'review'; file: LoadedImportFile; options: ImportOptions; parsed: ParsedImport; preview: ImportPreview; mapping: ImportMapping; rechecking: boolean }
  | { step: 'importing'; file: LoadedImportFile; parsed: ParsedImport; done: number; total: number }
  | { step: 'finished'; outcome: ImportOutcome }
  | { step: 'failed'; fileName: string; message: string };

export type ImportFlowEvent =
  | { type: 'fileChosen'; fileName: string; totalBytes: number }
  | { type: 'readProgress'; loadedBytes: number }
  | { type: 'tooLarge'; message: string }
  | { type: 'fileRead' }
  | { type: 'optionsChanged' }
  | { type: 'parsed'; file: LoadedImportFile; options: ImportOptions; result: ImportParseResult; preview?: ImportPreview; mapping?: ImportMapping }
  | { type: 'mappingChanged'; mapping: ImportMapping }
  | { type: 'importStarted' }
  | { type: 'importProgress'; done: number; total: number }
  | { type: 'imported'; outcome: ImportOutcome }
  | { type: 'failed'; message: string }
  | { type: 'reset' };

export const INITIAL_IMPORT_FLOW: ImportFlowState = { step: 'choose' };

function fileNameOf(state: ImportFlowState): string {
  switch (state.step) {
    case 'reading':
    case 'checking':
    case 'refused':
    case 'empty':
    case 'failed':
      return state.fileName;
    case 'review':
    case 'importing':
      return state.file.name;
    case 'finished':
      return state.outcome.fileName;
    case 'choose':
      return '';
  }
}

function parsedState(state: ImportFlowState, event: Extract<ImportFlowEvent, { type: 'parsed' }>): ImportFlowState {
  const { file, options, result } = event;
  if (result.kind === 'refused') return { step: 'refused', fileName: file.name, message: result.message, line: result.line };
  if (result.kind === 'empty') return { step: 'empty', fileName: file.name, formatLabel: result.formatLabel, message: result.message };
  if (event.preview === undefined || event.mapping === undefined) return { step: 'failed', fileName: file.name, message: 'The preview of this file could not be made.' };
  // A re-check after new options keeps the choices made so far for the clients and projects that are still there.
  const previous = state.step === 'review' ? state.mapping : undefined;
  const mapping =
    previous === undefined
      ? event.mapping
      : {
          clients: Object.fromEntries(Object.entries(event.mapping.clients).map(([name, target]) => [name, previous.clients[name] ?? target])),
          projects: Object.fromEntries(Object.entries(event.mapping.projects).map(([key, target]) => [key, previous.projects[key] ?? target])),
        };
  return { step: 'review', file, options, parsed: result, preview: event.preview, mapping, rechecking: false };
}

/** The import flow's transitions; events that do not fit the current step leave it unchanged. */
export function importFlowReducer(state: ImportFlowState, event: ImportFlowEvent): ImportFlowState {
  switch (event.type) {
    case 'fileChosen':
      return { step: 'reading', fileName: event.fileName, loadedBytes: 0, totalBytes: event.totalBytes };
    case 'readProgress':
      return state.step === 'reading' ? { ...state, loadedBytes: event.loadedBytes } : state;
    case 'tooLarge':
      return state.step === 'reading' ? { step: 'refused', fileName: state.fileName, message: event.message } : state;
    case 'fileRead':
      return state.step === 'reading' ? { step: 'checking', fileName: state.fileName } : state;
    case 'optionsChanged':
      return state.step === 'review' ? { ...state, rechecking: true } : state;
    case 'parsed':
      return state.step === 'checking' || state.step === 'review' ? parsedState(state, event) : state;
    case 'mappingChanged':
      return state.step === 'review' ? { ...state, mapping: event.mapping } : state;
    case 'importStarted':
      return state.step === 'review' ? { step: 'importing', file: state.file, parsed: state.parsed, done: 0, total: state.preview.newTimeEntries + state.preview.newPayments + state.preview.newFeedback } : state;
    case 'importProgress':
      return state.step === 'importing' ? { ...state, done: event.done, total: event.total } : state;
    case 'imported':
      return state.step === 'importing' ? { step: 'finished', outcome: event.outcome } : state;
    case 'failed':
      return { step: 'failed', fileName: fileNameOf(state), message: event.message };
    case 'reset':
      return INITIAL_IMPORT_FLOW;
  }
}

/** How far along a read or an import is, 0–100, for the progress bar. */
export function progressPercent(done: number, total: number): number {
  if (total <= 0) return 0;
  return Math.min(100, Math.max(0, Math.round((done / total) * 100)));
}
