import { describe, expect, it } from 'vitest';
import { parseImportFile } from '../../../../src/domain/importers/parse-import-file';
import { csvCell, generateTogglDetailedCsv, TOGGL_HEADER, TOGGL_PROJECTS } from '../../../bench/dataset/toggl-csv';

const TIME_ZONE = 'Europe/Berlin';

function parse(csv: string) {
  return parseImportFile({ bytes: new TextEncoder().encode(csv), fileName: 'Toggl_time_entries.csv', options: { timeZone: TIME_ZONE } });
}

describe('generateTogglDetailedCsv', () => {
  it('gives the same text for the same options and other text for another seed', () => {
    const options = { seed: 7, rows: 300, endDay: '2026-03-01' };
    expect(generateTogglDetailedCsv(options)).toBe(generateTogglDetailedCsv(options));
    expect(generateTogglDetailedCsv({ ...options, seed: 8 })).not.toBe(generateTogglDetailedCsv(options));
  });

  it('writes a BOM, the classic header and exactly the rows asked for', () => {
    const csv = generateTogglDetailedCsv({ seed: 1, rows: 1_234, endDay: '2026-03-01' });
    expect(csv.startsWith(`\ufeff${TOGGL_HEADER}\n`)).toBe(true);
    expect(csv.trimEnd().split('\n')).toHaveLength(1_235);
    expect(generateTogglDetailedCsv({ seed: 1, rows: 0, endDay: '2026-03-01' })).toBe(`\ufeff${TOGGL_HEADER}\n`);
  });

  it('is read by the app’s importer as a Toggl detailed report with every row an entry and no problems', () => {
    const result = parse(generateTogglDetailedCsv({ seed: 3, rows: 2_000, endDay: '2026-03-01' }));
    if (result.kind !== 'parsed') throw new Error(`Expected a parsed file, got ${result.kind}: ${result.message}`);
    expect(result.format).toBe('toggl');
    expect(result.problems).toEqual([]);
    expect(result.timeEntries).toHaveLength(2_000);
    expect(new Set(result.timeEntries.map((entry) => entry.importKey)).size).toBe(2_000);
    expect(new Set(result.clientNames)).toEqual(new Set(TOGGL_PROJECTS.map((project) => project.client)));
    const newest = result.timeEntries[0];
    expect(newest?.start).toBeGreaterThanOrEqual(Date.parse('2026-02-28T00:00:00+01:00'));
    expect(newest?.end).toBeLessThan(Date.parse('2026-03-01T00:00:00+01:00'));
    expect(result.timeEntries.some((entry) => entry.clientName === 'Quayside Ferries, Ltd.')).toBe(true);
    expect(result.timeEntries.filter((entry) => entry.billable).every((entry) => entry.currency === 'EUR' && (entry.amountMinor ?? 0) > 0)).toBe(true);
  });

  it('refuses a row count that is not a whole number and an end day that is not a date', () => {
    expect(() => generateTogglDetailedCsv({ seed: 1, rows: 1.5, endDay: '2026-03-01' })).toThrow(/whole number/);
    expect(() => generateTogglDetailedCsv({ seed: 1, rows: 1, endDay: 'March' })).toThrow(/YYYY-MM-DD/);
  });
});

describe('csvCell', () => {
  it('quotes only cells with a comma, a quote or a line break, doubling quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('the "Pay later" button')).toBe('"the ""Pay later"" button"');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });
});
