import { describe, expect, it } from 'vitest';
import { BERLIN, expectParsed, parseBytes, sharedFixture } from './import-fixtures';

const HOUR_MS = 3_600_000;

describe('the given import fixtures', () => {
  it('reads the Toggl detailed report to 340,697 s over 30 rows, 25 billable, 5458.41 EUR', () => {
    const parsed = expectParsed(parseBytes(sharedFixture('toggl_detailed.csv'), 'toggl_detailed.csv'));
    expect(parsed.format).toBe('toggl');
    expect(parsed.rowCount).toBe(30);
    expect(parsed.problems).toEqual([]);
    expect(parsed.timeEntries).toHaveLength(30);
    expect(parsed.totals.trackedMs).toBe(340_697_000);
    expect(parsed.totals.billableRows).toBe(25);
    expect(parsed.totals.amountsByCurrency).toEqual({ EUR: 545_841 });
  });

  it('counts the DST-crossing Toggl entry as one hour, as the file says, not the naive two', () => {
    const parsed = expectParsed(parseBytes(sharedFixture('toggl_detailed.csv')));
    const acrossChange = parsed.timeEntries.find((entry) => entry.start === Date.UTC(2024, 2, 31, 0, 30));
    expect(acrossChange?.end).toBe(Date.UTC(2024, 2, 31, 1, 30));
    expect(acrossChange?.exportedDurationMs).toBe(HOUR_MS);
  });

  it('keeps quoted commas, doubled quotes and non-ASCII names intact', () => {
    const parsed = expectParsed(parseBytes(sharedFixture('toggl_detailed.csv')));
    expect(parsed.clientNames).toContain('Acme Widgets, Inc.');
    expect(parsed.clientNames).toContain('株式会社サクラ・デザイン');
    expect(parsed.timeEntries.map((entry) => entry.description)).toContain('Implement "Pay later" button');
    expect(parsed.timeEntries[1]?.tags).toEqual(['development', 'frontend', 'Development']);
  });

  it('reads the Clockify report, leaving out the two Break rows: 94.638 h and 5458.41 EUR', () => {
    const parsed = expectParsed(parseBytes(sharedFixture('clockify_detailed.csv')));
    expect(parsed.format).toBe('clockify');
    expect(parsed.rowCount).toBe(32);
    expect(parsed.problems).toEqual([]);
    expect(parsed.decision).toBeUndefined();
    expect(parsed.timeEntries).toHaveLength(30);
    expect(parsed.totals.trackedMs).toBe(340_697_000);
    expect(parsed.totals.amountsByCurrency).toEqual({ EUR: 545_841 });
  });

  it('reads the Clockify and Toggl files to the same instants', () => {
    const toggl = expectParsed(parseBytes(sharedFixture('toggl_detailed.csv')));
    const clockify = expectParsed(parseBytes(sharedFixture('clockify_detailed.csv')));
    expect(clockify.timeEntries.map((entry) => [entry.start, entry.end])).toEqual(toggl.timeEntries.map((entry) => [entry.start, entry.end]));
  });

  it('reads the Harvest report: 94.63 h, and billable amounts per row currency', () => {
    const parsed = expectParsed(parseBytes(sharedFixture('harvest_time.csv')));
    expect(parsed.format).toBe('harvest');
    expect(parsed.rowCount).toBe(30);
    expect(parsed.problems).toEqual([]);
    expect(parsed.totals.trackedMs).toBe(94.63 * HOUR_MS);
    expect(parsed.totals.amountsByCurrency).toEqual({ EUR: 412_250, GBP: 52_500, SEK: 1_045_000 });
  });

  it('keeps the multi-line Harvest note and places date-only rows from the chosen start time', () => {
    const parsed = expectParsed(parseBytes(sharedFixture('harvest_time.csv'), 'harvest_time.csv', { ...BERLIN, dateOnlyStartTime: '08:00' }));
    expect(parsed.timeEntries.some((entry) => entry.description.includes('\n'))).toBe(true);
    const first = parsed.timeEntries[0];
    const second = parsed.timeEntries[1];
    expect(first?.start).toBe(Date.UTC(2024, 2, 4, 7, 0));
    expect(second?.start).toBe(first?.end);
  });

  it('reads the Upwork statement to a net +959.76 USD, fees attached to what they were charged on', () => {
    const parsed = expectParsed(parseBytes(sharedFixture('upwork_transactions.csv')));
    expect(parsed.format).toBe('upwork');
    expect(parsed.rowCount).toBe(33);
    expect(parsed.problems).toEqual([]);
    expect(parsed.totals.amountsByCurrency).toEqual({ USD: 95_976 });
    const sumOf = (kind: string) => parsed.payments.filter((payment) => payment.kind === kind).reduce((sum, payment) => sum + payment.amountMinor, 0);
    expect(sumOf('earning')).toBe(330_750 + 295_000 + 15_000);
    expect(parsed.payments.reduce((sum, payment) => sum + payment.feeMinor, 0)).toBe(63_175);
    expect(sumOf('refund')).toBe(-9_000);
    expect(sumOf('adjustment')).toBe(-2_599);
    expect(sumOf('withdrawal')).toBe(-470_000);
  });

  it('treats withdrawals as money moved out, not as negative earnings, and keeps the bank amount', () => {
    const parsed = expectParsed(parseBytes(sharedFixture('upwork_transactions.csv')));
    const withdrawals = parsed.payments.filter((payment) => payment.kind === 'withdrawal');
    expect(withdrawals).toHaveLength(3);
    expect(parsed.payments.filter((payment) => payment.kind === 'earning').every((payment) => payment.amountMinor > 0)).toBe(true);
    expect(withdrawals.find((payment) => payment.localCurrency === 'EUR')?.localAmountMinor).toBe(-183_620);
    const refund = parsed.payments.find((payment) => payment.kind === 'refund');
    expect(refund?.feeMinor).toBe(-900);
    const hourly = parsed.payments.find((payment) => payment.description.startsWith('Invoice for 03/18/2024'));
    expect(hourly).toMatchObject({ amountMinor: 22_500, feeMinor: 2_250, clientName: 'Acme Widgets, Inc.', date: '2024-03-25' });
  });

  it('refuses the truncated Toggl file, naming the line, with nothing to import', () => {
    const result = parseBytes(sharedFixture('bad_truncated.csv'));
    expect(result.kind).toBe('refused');
    if (result.kind !== 'refused') return;
    expect(result.message).toMatch(/file appears truncated/);
    expect(result.line).toBe(15);
    expect(result.message).toContain('line 15');
  });

  it('refuses the Clockify projects export as "Not a Clockify detailed time report", naming the missing columns', () => {
    const result = parseBytes(sharedFixture('bad_wrong_header.csv'));
    expect(result.kind).toBe('refused');
    if (result.kind !== 'refused') return;
    expect(result.message).toContain('Not a Clockify detailed time report');
    for (const column of ['Description', 'Start Date', 'Start Time', 'End Date', 'End Time']) expect(result.message).toContain(`"${column}"`);
  });
});
