import { describe, expect, it } from 'vitest';
import type { ImportPreview, ParsedImport } from '../../../../../src/domain/importers/import-types';
import {
  INITIAL_IMPORT_FLOW,
  importFlowReducer,
  progressPercent,
  type ImportFlowEvent,
  type ImportFlowState,
  type LoadedImportFile,
} from '../../../../../src/features/data/import/import-flow-state';
import { CREATE_NEW, initialImportMapping } from '../../../../../src/features/data/import/import-mapping';

const FILE: LoadedImportFile = { name: 'toggl.csv', bytes: new Uint8Array([1, 2, 3]), hash: 'abc' };
const OPTIONS = { timeZone: 'Europe/Berlin' };

const PARSED: ParsedImport = {
  kind: 'parsed',
  format: 'toggl',
  formatLabel: 'Toggl Track detailed report',
  rowCount: 2,
  timeEntries: [],
  payments: [],
  feedback: [],
  clientNames: ['Acme'],
  projects: [{ clientName: 'Acme', projectName: 'Site' }],
  problems: [],
  totals: { trackedMs: 0, billableRows: 0, amountsByCurrency: {} },
};

const PREVIEW: ImportPreview = {
  clients: [{ name: 'Acme', match: { id: 'client-1', name: 'Acme' } }],
  projects: [{ clientName: 'Acme', name: 'Site' }],
  newTimeEntries: 2,
  newPayments: 0,
  newFeedback: 0,
  alreadyImported: 0,
  storedKeys: new Set(),
};

function run(events: ImportFlowEvent[], from: ImportFlowState = INITIAL_IMPORT_FLOW): ImportFlowState {
  return events.reduce(importFlowReducer, from);
}

const parsedEvent: ImportFlowEvent = { type: 'parsed', file: FILE, options: OPTIONS, result: PARSED, preview: PREVIEW, mapping: initialImportMapping(PREVIEW) };

describe('the import flow', () => {
  it('goes from a chosen file through reading and checking to the review', () => {
    const reading = run([{ type: 'fileChosen', fileName: 'toggl.csv', totalBytes: 1000 }, { type: 'readProgress', loadedBytes: 400 }]);
    expect(reading).toEqual({ step: 'reading', fileName: 'toggl.csv', loadedBytes: 400, totalBytes: 1000 });
    const checking = run([{ type: 'fileRead' }], reading);
    expect(checking).toEqual({ step: 'checking', fileName: 'toggl.csv' });
    const review = run([parsedEvent], checking);
    expect(review.step).toBe('review');
    if (review.step === 'review') expect(review.mapping.clients).toEqual({ Acme: 'client-1' });
  });

  it('shows a refusal or an empty file instead of a review', () => {
    const checking: ImportFlowState = { step: 'checking', fileName: 'bad.csv' };
    expect(run([{ type: 'parsed', file: FILE, options: OPTIONS, result: { kind: 'refused', message: 'Not a time report', line: 1 } }], checking)).toEqual({
      step: 'refused',
      fileName: 'toggl.csv',
      message: 'Not a time report',
      line: 1,
    });
    expect(run([{ type: 'parsed', file: FILE, options: OPTIONS, result: { kind: 'empty', formatLabel: 'Toggl', message: 'Nothing to import' } }], checking)).toEqual({
      step: 'empty',
      fileName: 'toggl.csv',
      formatLabel: 'Toggl',
      message: 'Nothing to import',
    });
  });

  it('refuses a file over the limit before reading it', () => {
    expect(run([{ type: 'fileChosen', fileName: 'big.csv', totalBytes: 9e9 }, { type: 'tooLarge', message: 'Too large' }])).toEqual({
      step: 'refused',
      fileName: 'big.csv',
      message: 'Too large',
    });
  });

  it('keeps the user’s mapping when the file is checked again with other options', () => {
    const review = run([{ type: 'fileChosen', fileName: 'toggl.csv', totalBytes: 3 }, { type: 'fileRead' }, parsedEvent]);
    const remapped = run([{ type: 'mappingChanged', mapping: { clients: { Acme: CREATE_NEW }, projects: {} } }, { type: 'optionsChanged' }], review);
    expect(remapped.step === 'review' && remapped.rechecking).toBe(true);
    const rechecked = run([{ ...parsedEvent, options: { timeZone: 'America/New_York' } }], remapped);
    expect(rechecked.step === 'review' && rechecked.mapping.clients).toEqual({ Acme: CREATE_NEW });
    expect(rechecked.step === 'review' && rechecked.options.timeZone).toBe('America/New_York');
    expect(rechecked.step === 'review' && rechecked.rechecking).toBe(false);
  });

  it('counts the import’s progress and ends in the summary', () => {
    const review = run([{ type: 'fileChosen', fileName: 'toggl.csv', totalBytes: 3 }, { type: 'fileRead' }, parsedEvent]);
    const importing = run([{ type: 'importStarted' }, { type: 'importProgress', done: 1, total: 2 }], review);
    expect(importing).toMatchObject({ step: 'importing', done: 1, total: 2 });
    const outcome = { fileName: 'toggl.csv', added: { timeEntries: 2, payments: 0, feedback: 0, clients: 0, projects: 1 }, skippedExisting: 0 };
    expect(run([{ type: 'imported', outcome }], importing)).toEqual({ step: 'finished', outcome });
  });

  it('counts the feedback of a feedback file in the work the import has to do', () => {
    const feedbackPreview: ImportPreview = { ...PREVIEW, newTimeEntries: 0, newFeedback: 6 };
    const parsed: ImportFlowEvent = { type: 'parsed', file: FILE, options: OPTIONS, result: { ...PARSED, format: 'repute-feedback' }, preview: feedbackPreview, mapping: initialImportMapping(feedbackPreview) };
    const review = run([{ type: 'fileChosen', fileName: 'feedback.csv', totalBytes: 3 }, { type: 'fileRead' }, parsed]);
    expect(run([{ type: 'importStarted' }], review)).toMatchObject({ step: 'importing', done: 0, total: 6 });
  });

  it('ignores events that do not belong to the current step', () => {
    expect(run([{ type: 'importStarted' }, { type: 'readProgress', loadedBytes: 5 }, { type: 'fileRead' }])).toEqual(INITIAL_IMPORT_FLOW);
    const finished = run([{ type: 'fileChosen', fileName: 'a.csv', totalBytes: 1 }, { type: 'fileRead' }, parsedEvent, { type: 'importStarted' }]);
    expect(run([parsedEvent], finished).step).toBe('importing');
  });

  it('names the file in a failure and starts over on reset', () => {
    const failed = run([{ type: 'fileChosen', fileName: 'a.csv', totalBytes: 1 }, { type: 'failed', message: 'Disk error' }]);
    expect(failed).toEqual({ step: 'failed', fileName: 'a.csv', message: 'Disk error' });
    expect(run([{ type: 'reset' }], failed)).toEqual(INITIAL_IMPORT_FLOW);
  });
});

describe('progressPercent', () => {
  it('rounds to whole percent within 0–100 and reads an unknown total as 0', () => {
    expect(progressPercent(1, 3)).toBe(33);
    expect(progressPercent(3, 3)).toBe(100);
    expect(progressPercent(5, 3)).toBe(100);
    expect(progressPercent(1, 0)).toBe(0);
  });
});
