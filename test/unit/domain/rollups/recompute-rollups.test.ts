import { describe, expect, it } from 'vitest';
import { generateDemoData } from '../../../../src/demo/generate-demo-data';
import { recomputeDayTotals, recomputeRollups } from '../../../../src/domain/rollups/recompute-rollups';
import { localDayKey, localMonthKey } from '../../../../src/domain/time/local-calendar';

const dataset = generateDemoData({ seed: 7, now: Date.UTC(2026, 2, 18, 15, 0), timeZone: 'Europe/Berlin' });

describe('recomputeRollups', () => {
  it('holds every hour, payment and issued invoice exactly once', () => {
    const rollups = recomputeRollups(dataset);
    const sum = (key: 'trackedMs' | 'billableMs' | 'receivedMinor' | 'feesMinor' | 'invoicedMinor') => rollups.reduce((total, rollup) => total + rollup[key], 0);
    const tracked = dataset.timeEntries.reduce((total, entry) => total + (entry.end ?? entry.start) - entry.start, 0);
    const billable = dataset.timeEntries.filter((entry) => entry.billable).reduce((total, entry) => total + (entry.end ?? entry.start) - entry.start, 0);
    expect(sum('trackedMs')).toBe(tracked);
    expect(sum('billableMs')).toBe(billable);
    expect(sum('receivedMinor')).toBe(dataset.payments.reduce((total, payment) => total + payment.amountMinor, 0));
    expect(sum('feesMinor')).toBe(dataset.payments.reduce((total, payment) => total + payment.feeMinor, 0));
    const issued = dataset.invoices.filter((invoice) => invoice.status !== 'draft' && invoice.status !== 'void');
    expect(sum('invoicedMinor')).toBe(issued.reduce((total, invoice) => total + invoice.totals.grossMinor, 0));
  });

  it('gives each month × client × currency one row, sorted by id', () => {
    const rollups = recomputeRollups(dataset);
    const ids = rollups.map((rollup) => rollup.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort());
    for (const rollup of rollups) expect(rollup.id).toBe(`${rollup.month}|${rollup.clientId}|${rollup.currency}`);
    const [first] = dataset.timeEntries;
    if (first === undefined) throw new Error('demo has time');
    expect(rollups.some((rollup) => rollup.month === localMonthKey(first.start, first.timeZone) && rollup.clientId === first.clientId)).toBe(true);
  });

  it('skips entries whose project is unknown and is empty for nothing', () => {
    expect(recomputeRollups({ timeEntries: dataset.timeEntries, payments: [], invoices: [], projects: [] })).toEqual([]);
    expect(recomputeRollups({ timeEntries: [], payments: [], invoices: [], projects: [] })).toEqual([]);
  });
});

describe('recomputeDayTotals', () => {
  it('holds every stopped hour once, on its start day, one row per day in order', () => {
    const days = recomputeDayTotals(dataset.timeEntries);
    const cells = days.flatMap((row) => Object.values(row.projects));
    const stopped = dataset.timeEntries.filter((entry) => entry.end !== null && entry.deletedAt === undefined);
    const elapsed = (entries: typeof stopped) => entries.reduce((total, entry) => total + (entry.end ?? entry.start) - entry.start, 0);
    expect(cells.reduce((total, cell) => total + cell.trackedMs, 0)).toBe(elapsed(stopped));
    expect(cells.reduce((total, cell) => total + cell.billableMs, 0)).toBe(elapsed(stopped.filter((entry) => entry.billable)));
    expect(cells.reduce((total, cell) => total + cell.unbilledMs, 0)).toBe(elapsed(stopped.filter((entry) => entry.billable && entry.invoiceId === undefined)));
    const keys = days.map((row) => row.day);
    expect(keys).toEqual([...new Set(keys)].sort());
    const [first] = stopped;
    if (first === undefined) throw new Error('demo has time');
    expect(days.find((row) => row.day === localDayKey(first.start, first.timeZone))?.projects[first.projectId]).toBeDefined();
  });

  it('is empty for nothing', () => {
    expect(recomputeDayTotals([])).toEqual([]);
  });
});
