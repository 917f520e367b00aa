import { describe, expect, it } from 'vitest';
import { expectParsed, ownFixture, parseBytes, sharedFixture } from './import-fixtures';

describe('format variants', () => {
  it('reads the 2024 Toggl export (every field quoted, no Amount column) to the same entries and keys as the classic one', () => {
    const modern = expectParsed(parseBytes(ownFixture('toggl_time_entries_2024.csv')));
    const classic = expectParsed(parseBytes(sharedFixture('toggl_detailed.csv')));
    expect(modern.format).toBe('toggl-2024');
    expect(modern.formatLabel).toBe('Toggl Track time entries export');
    expect(modern.totals.trackedMs).toBe(340_697_000);
    expect(modern.totals.amountsByCurrency).toEqual({});
    expect(modern.timeEntries.map((entry) => entry.importKey)).toEqual(classic.timeEntries.map((entry) => entry.importKey));
  });

  it('reads the 2023 Upwork transactions export, attaching the fee and keeping the withdrawal apart', () => {
    const parsed = expectParsed(parseBytes(ownFixture('upwork_transactions_2023.csv')));
    expect(parsed.format).toBe('upwork-2023');
    expect(parsed.problems).toEqual([]);
    const earning = parsed.payments.find((payment) => payment.kind === 'earning');
    expect(earning).toMatchObject({ amountMinor: 45_000, feeMinor: 4_500, clientName: 'Acme Widgets, Inc.', date: '2024-04-02' });
    expect(earning?.description).toBe('Invoice for 03/25/2024-03/31/2024 — 10:00 hrs @ $45.00/hr');
    expect(parsed.payments.map((payment) => payment.kind).sort()).toEqual(['adjustment', 'earning', 'withdrawal']);
    expect(parsed.totals.amountsByCurrency).toEqual({ USD: -40_000 + 45_000 - 4_500 - 300 });
    expect(parsed.clientNames).toEqual(['Acme Widgets, Inc.']);
  });

  it('gives every row of a file its own import key, and the same keys on every read', () => {
    for (const name of ['toggl_detailed.csv', 'clockify_detailed.csv', 'harvest_time.csv', 'upwork_transactions.csv']) {
      const first = expectParsed(parseBytes(sharedFixture(name)));
      const second = expectParsed(parseBytes(sharedFixture(name)));
      const keys = [...first.timeEntries, ...first.payments].map((record) => record.importKey);
      expect(new Set(keys).size).toBe(keys.length);
      expect([...second.timeEntries, ...second.payments].map((record) => record.importKey)).toEqual(keys);
    }
  });

  it('keys the same work differently per tool, so one tool’s rows never hide another’s', () => {
    const toggl = expectParsed(parseBytes(sharedFixture('toggl_detailed.csv')));
    const clockify = expectParsed(parseBytes(sharedFixture('clockify_detailed.csv')));
    expect(toggl.timeEntries[0]?.importKey.startsWith('toggl:')).toBe(true);
    expect(clockify.timeEntries[0]?.importKey.startsWith('clockify:')).toBe(true);
  });
});
