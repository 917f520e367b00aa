import { describe, expect, it } from 'vitest';
import { entryLabel, firstErrorMessage, invoiceLockReason } from '../../../../src/features/time/entry-labels';
import { overlapSummary } from '../../../../src/features/time/overlap-summary';
import { HOUR, timeEntry } from './time-entry-records';

const nine = Date.UTC(2026, 2, 10, 8, 0);
const entries = new Map([
  ['a', timeEntry('a', nine, nine + HOUR, { description: 'Chart legend' })],
  ['b', timeEntry('b', nine + HOUR / 2, nine + 2 * HOUR, { description: '', projectId: 'p2' })],
  ['c', timeEntry('c', nine + HOUR, null, { description: 'Review' })],
]);
const projectNames = new Map([['p2', 'Dashboard rebuild']]);

describe('overlapSummary', () => {
  it('names the overlapping entries and their times', () => {
    expect(overlapSummary(['a'], entries, projectNames, 'en-GB')).toBe('Overlaps “Chart legend” 09:00–10:00');
    expect(overlapSummary(['a', 'b'], entries, projectNames, 'en-GB')).toBe('Overlaps “Chart legend” 09:00–10:00 and “Dashboard rebuild” 09:30–11:00');
  });

  it('shows a running entry as running until now', () => {
    expect(overlapSummary(['c'], entries, projectNames, 'en-GB')).toBe('Overlaps “Review” 10:00–now');
  });

  it('counts what it does not name', () => {
    expect(overlapSummary(['a', 'b', 'c'], entries, projectNames, 'en-GB')).toBe('Overlaps “Chart legend” 09:00–10:00, “Dashboard rebuild” 09:30–11:00 and 1 more');
    expect(overlapSummary(['x'], entries, projectNames, 'en-GB')).toBe('Overlaps another entry');
    expect(overlapSummary(['x', 'y'], entries, projectNames, 'en-GB')).toBe('Overlaps 2 other entries');
  });
});

describe('entry labels', () => {
  it('names an entry by its description, else its project', () => {
    expect(entryLabel({ description: ' Chart legend ' }, 'Dashboard')).toBe('Chart legend');
    expect(entryLabel({ description: '  ' }, 'Dashboard')).toBe('Dashboard');
    expect(entryLabel({ description: '' }, undefined)).toBe('Untitled entry');
  });

  it('gives the first message of a refused write, or a fallback', () => {
    expect(firstErrorMessage({ end: 'No timer is running', start: 'later' })).toBe('No timer is running');
    expect(firstErrorMessage({})).toBe('Nothing was changed');
  });

  it('says which invoice locks an entry', () => {
    expect(invoiceLockReason('2026-0012')).toBe('This entry is on invoice 2026-0012 and cannot change');
    expect(invoiceLockReason(undefined)).toBe('This entry is on a draft invoice and cannot change');
  });
});
