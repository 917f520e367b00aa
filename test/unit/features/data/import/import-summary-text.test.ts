import { describe, expect, it } from 'vitest';
import {
  NOTHING_NEW_MESSAGE,
  countsList,
  importButtonLabel,
  importedSummaryText,
  skippedRowsText,
  tooLargeMessage,
  undoneSummaryText,
} from '../../../../../src/features/data/import/import-summary-text';

const NONE = { timeEntries: 0, payments: 0, clients: 0, projects: 0 };

describe('import summaries', () => {
  it('names every kind that was added, in the order entries, payments, clients, projects', () => {
    expect(importedSummaryText({ timeEntries: 30, payments: 0, clients: 2, projects: 5 })).toBe('Imported 30 time entries, 2 clients, 5 projects');
    expect(importedSummaryText({ timeEntries: 1, payments: 0, clients: 1, projects: 1 })).toBe('Imported 1 time entry, 1 client, 1 project');
    expect(importedSummaryText({ ...NONE, payments: 12, clients: 1 })).toBe('Imported 12 payments, 1 client');
  });

  it('says nothing new when the import added nothing at all', () => {
    expect(importedSummaryText(NONE)).toBe(NOTHING_NEW_MESSAGE);
    expect(NOTHING_NEW_MESSAGE).toBe('Nothing new to import: every row is already in Repute');
  });

  it('leaves out the kinds an import did not touch', () => {
    expect(countsList({ ...NONE, timeEntries: 4 })).toBe('4 time entries');
    expect(countsList(NONE)).toBe('');
  });

  it('mentions rows already in Repute only when there were some, in the right number', () => {
    expect(skippedRowsText(0)).toBeUndefined();
    expect(skippedRowsText(1)).toBe('1 row was already in Repute and was left as it was.');
    expect(skippedRowsText(3)).toBe('3 rows were already in Repute and were left as they were.');
  });

  it('reports an undo by what it removed', () => {
    expect(undoneSummaryText({ timeEntries: 30, payments: 0, clients: 2, projects: 5 })).toBe('Import undone: removed 30 time entries, 2 clients, 5 projects');
    expect(undoneSummaryText(NONE)).toBe('Import undone: it had added nothing that was still here');
  });

  it('labels the commit button by what the file holds', () => {
    expect(importButtonLabel(30, 0)).toBe('Import 30 entries');
    expect(importButtonLabel(1, 0)).toBe('Import 1 entry');
    expect(importButtonLabel(0, 33)).toBe('Import 33 payments');
    expect(importButtonLabel(0, 0)).toBe('Import 0 entries');
  });

  it('explains a file over the limit with its size, the limit and what to do', () => {
    expect(tooLargeMessage('big.csv', 60 * 1024 * 1024, 50 * 1024 * 1024)).toBe(
      'big.csv is 60.0 MB; files up to 50.0 MB can be imported. Export a shorter date range and import it in parts.',
    );
  });
});
