import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../../../src/domain/importers';
import { BERLIN, expectParsed, ownFixture, parseBytes, sharedFixture, textBytes } from './import-fixtures';

function expectRefused(result: ReturnType<typeof parseBytes>): { message: string; line?: number } {
  if (result.kind !== 'refused') throw new Error(`Expected the file to be refused, got ${result.kind}`);
  return result;
}

describe('files the importer refuses or reads in part', () => {
  it('refuses a file cut off inside a quoted field, naming the line', () => {
    const refused = expectRefused(parseBytes(sharedFixture('bad_truncated.csv')));
    expect(refused.message).toMatch(/truncated/);
    expect(refused.line).toBe(15);
  });

  it('reports a file cut off between fields as a short last row, importing the rows before it', () => {
    const parsed = expectParsed(parseBytes(ownFixture('harvest_cut_short.csv')));
    expect(parsed.timeEntries).toHaveLength(1);
    expect(parsed.problems).toEqual([{ line: 4, message: 'This row has too few columns: 9, where the header has 20' }]);
  });

  it('names the report a Toggl summary export is not, with the columns it lacks', () => {
    const refused = expectRefused(parseBytes(ownFixture('toggl_summary_report.csv')));
    expect(refused.message).toMatch(/^Not a Toggl Track detailed time report/);
    expect(refused.message).toContain('"Start date"');
    expect(refused.line).toBe(1);
  });

  it('refuses a file from no known tool, quoting its first columns', () => {
    const refused = expectRefused(parseBytes(textBytes('Name,Phone\nAda,123\n')));
    expect(refused.message).toMatch(/not an export Repute can import/);
    expect(refused.message).toContain('"Name", "Phone"');
  });

  it('names impossible dates and times by line and column, importing the good row', () => {
    const parsed = expectParsed(parseBytes(ownFixture('toggl_impossible_dates.csv')));
    expect(parsed.timeEntries.map((entry) => entry.description)).toEqual(['Good row']);
    expect(parsed.problems).toEqual([
      { line: 3, field: 'Start date', message: '"2024-02-30" is not a date that exists' },
      { line: 3, field: 'End date', message: '"2024-02-30" is not a date that exists' },
      { line: 4, field: 'Start time', message: '"25:10:00" is not a time of day' },
      { line: 4, field: 'End time', message: '"26:00:00" is not a time of day' },
      { line: 5, field: 'Start date', message: '"yesterday" is not a date this importer can read; expected a date like 2024-03-04' },
    ]);
  });

  it('names an entry that ends before it starts', () => {
    const parsed = expectParsed(parseBytes(ownFixture('toggl_end_before_start.csv')));
    expect(parsed.timeEntries).toHaveLength(1);
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]).toMatchObject({ line: 2, field: 'End time' });
    expect(parsed.problems[0]?.message).toMatch(/ends \(2024-03-04 09:30:00\) before it starts \(2024-03-04 11:00:00\)/);
  });

  it('names rows with too many or too few columns, and forgives empty trailing cells', () => {
    const parsed = expectParsed(parseBytes(ownFixture('toggl_column_counts.csv')));
    expect(parsed.timeEntries.map((entry) => entry.line)).toEqual([2, 5]);
    expect(parsed.problems).toEqual([
      { line: 3, message: 'This row has too many columns: 15, where the header has 14' },
      { line: 4, message: 'This row has too few columns: 9, where the header has 14' },
    ]);
  });

  it('answers "nothing to import" for a header with no rows, which is not an error', () => {
    const result = parseBytes(ownFixture('toggl_header_only.csv'));
    expect(result).toEqual({ kind: 'empty', formatLabel: 'Toggl Track detailed report', message: 'Nothing to import: the file has a header but no rows.' });
  });

  it('refuses a spreadsheet workbook renamed to .csv', () => {
    const xlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00]);
    expect(expectRefused(parseBytes(xlsx, 'report.csv')).message).toMatch(/^report\.csv is a spreadsheet workbook \(Excel\), not a CSV file/);
    expect(expectRefused(parseBytes(xls, 'old.csv')).message).toMatch(/spreadsheet workbook/);
  });

  it('reads a spreadsheet re-save: ; delimiters, decimal commas, CRLF and Windows-1252 text', () => {
    const parsed = expectParsed(parseBytes(ownFixture('toggl_spreadsheet_resave.csv')));
    expect(parsed.problems).toEqual([]);
    expect(parsed.clientNames).toEqual(['Acme Widgets, Inc.', 'Café Olé GmbH', 'No client']);
    expect(parsed.timeEntries[1]?.description).toBe('Kick-off; agenda');
    expect(parsed.totals.amountsByCurrency).toEqual({ EUR: 21_250 + 108_500 });
    expect(parsed.totals.trackedMs).toBe((150 + 60 + 20) * 60_000);
  });

  it('reads a Harvest account with decimal commas', () => {
    const parsed = expectParsed(parseBytes(ownFixture('harvest_decimal_comma.csv')));
    expect(parsed.totals.trackedMs).toBe(27.5 * 3_600_000);
    expect(parsed.totals.amountsByCurrency).toEqual({ EUR: 63_750 + 200_000 });
  });

  it('refuses a file over 50 MB with a message, before reading it', () => {
    const huge = new Uint8Array(MAX_IMPORT_BYTES + 1);
    const refused = expectRefused(parseBytes(huge, 'everything.csv'));
    expect(refused.message).toBe('everything.csv is 50.0 MB; files up to 50.0 MB can be imported. Export a shorter date range and import it in parts.');
  });

  it('refuses an empty file and an unknown time zone', () => {
    expect(expectRefused(parseBytes(new Uint8Array(), 'blank.csv')).message).toBe('blank.csv is empty.');
    expect(expectRefused(parseBytes(sharedFixture('toggl_detailed.csv'), 'toggl.csv', { timeZone: 'Mars/Olympus' })).message).toMatch(/Unknown time zone/);
  });
});

describe('date order', () => {
  it('asks when every slashed date could be either order, reading them month first meanwhile', () => {
    const parsed = expectParsed(parseBytes(ownFixture('clockify_ambiguous_dates.csv'), 'c.csv', { timeZone: 'UTC' }));
    expect(parsed.decision).toEqual({ kind: 'dateOrder', examples: ['03/04/2024', '05/04/2024'] });
    expect(parsed.timeEntries[0]?.start).toBe(Date.UTC(2024, 2, 4, 9, 0));
  });

  it('reads the dates day first once the user says so, with 12- and 24-hour times', () => {
    const parsed = expectParsed(parseBytes(ownFixture('clockify_ambiguous_dates.csv'), 'c.csv', { timeZone: 'UTC', dateOrder: 'DMY' }));
    expect(parsed.decision).toBeUndefined();
    expect(parsed.timeEntries.map((entry) => entry.start)).toEqual([Date.UTC(2024, 3, 3, 9, 0), Date.UTC(2024, 3, 5, 15, 0)]);
    expect(parsed.totals.amountsByCurrency).toEqual({ USD: 20_000 });
  });

  it('detects day-first dates from a day past 12', () => {
    const parsed = expectParsed(parseBytes(ownFixture('clockify_day_first.csv'), 'c.csv', BERLIN));
    expect(parsed.decision).toBeUndefined();
    expect(parsed.timeEntries[0]?.start).toBe(Date.UTC(2024, 3, 3, 7, 0));
  });
});
