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

const NONE = { timeEntries: 0, payments: 0, feedback: 0, clients: 0, projects: 0 };

describe('import summaries', () => {
  it('names every kind that was added, in the order entries, payments, clients, projects', () => {
    expect(importedSummaryText({ ...NONE, timeEntries: 30, clients: 2, projects: 5 })).toBe('Imported 30 time entries, 2 clients, 5 projects');
    expect(importedSummaryText({ ...NONE, timeEntries: 1, clients: 1, projects: 1 })).toBe('Imported 1 time entry, 1 client, 1 project');
    expect(importedSummaryText({ ...NONE, payments: 12, clients: 1 })).toBe('Imported 12 payments, 1 client');
    expect(importedSummaryText({ ...NONE, feedback: 6, clients: 4, projects: 4 })).toBe('Imported 6 reviews, 4 clients, 4 projects');
    expect(importedSummaryText({ ...NONE, feedback: 1 })).toBe('Imported 1 review');
  });

  it('reads the counts of an import logged before feedback could be imported, which has no feedback count', () => {
    const older = { timeEntries: 3, payments: 0, clients: 1, projects: 1 };
    expect(countsList(older)).toBe('3 time entries, 1 client, 1 project');
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
    expect(undoneSummaryText({ ...NONE, timeEntries: 30, clients: 2, projects: 5 })).toBe('Import undone: removed 30 time entries, 2 clients, 5 projects');
    expect(undoneSummaryText(NONE)).toBe('Import undone: it had added nothing that was still here');
  });

  it('labels the commit button by what the file holds', () => {
    const none = { newTimeEntries: 0, newPayments: 0, newFeedback: 0 };
    expect(importButtonLabel({ ...none, newTimeEntries: 30 })).toBe('Import 30 entries');
    expect(importButtonLabel({ ...none, newTimeEntries: 1 })).toBe('Import 1 entry');
    expect(importButtonLabel({ ...none, newPayments: 33 })).toBe('Import 33 payments');
    expect(importButtonLabel({ ...none, newFeedback: 6 })).toBe('Import 6 reviews');
    expect(importButtonLabel({ ...none, newFeedback: 1 })).toBe('Import 1 review');
    expect(importButtonLabel(none)).toBe('Import 0 entries');
  });

  it('explains a file over the limit with its size, the limit and what to do', () => {
    expect(tooLargeMessage('big.csv', 60 * 1024 * 1024, 50 * 1024 * 1024)).toBe(
      'big.csv is 60.0 MB; files up to 50.0 MB can be imported. Export a shorter date range and import it in parts.',
    );
  });
});
