import { describe, expect, it } from 'vitest';
import { fixedPriceLine, invoiceLinesFromTime, manualLine, quantityMilliFromMs, type TimeLinesInput } from '../../../../src/domain/invoices/invoice-lines';
import { invoiceLineAmount } from '../../../../src/domain/invoices/invoice-totals';
import type { InvoiceLine, RoundingRule, TimeEntry } from '../../../../src/domain/model';
import { project } from '../../features/records';

const MINUTE = 60_000;
const SECOND = 1_000;
/** Monday 2 March 2026, 09:00 in Berlin (08:00 UTC). */
const MONDAY_9 = Date.UTC(2026, 2, 2, 8, 0);
const TUESDAY_9 = MONDAY_9 + 24 * 60 * MINUTE;

const dashboard = project('dashboard', 'northwind', { name: 'Dashboard rebuild', billing: { kind: 'hourly', rateMinor: 9500 } });
const brand = project('brand', 'northwind', { name: 'Brand refresh', billing: { kind: 'hourly', rateMinor: 12_000 } });
const fixed = project('launch', 'northwind', { name: 'Launch site', billing: { kind: 'fixed', amountMinor: 480_000 } });
const internal = project('internal', 'northwind', { name: 'Admin', billing: { kind: 'nonBillable' } });

function entry(id: string, projectId: string, start: number, lengthMs: number, description: string): TimeEntry {
  return {
    id,
    createdAt: 0,
    updatedAt: 0,
    projectId,
    clientId: 'northwind',
    start,
    end: start + lengthMs,
    timeZone: 'Europe/Berlin',
    description,
    billable: true,
    tags: [],
    source: 'manual',
  };
}

/** Four entries worked by hand below: 50m, 7m20s and 82m on the dashboard, 20m on the brand. */
const entries = [
  entry('e3', 'dashboard', TUESDAY_9, 82 * MINUTE, 'Filters'),
  entry('e1', 'dashboard', MONDAY_9, 50 * MINUTE, 'Chart legend'),
  entry('e4', 'brand', TUESDAY_9 + 5 * 60 * MINUTE, 20 * MINUTE, 'Kickoff'),
  entry('e2', 'dashboard', MONDAY_9 + 60 * MINUTE, 7 * MINUTE + 20 * SECOND, 'Chart legend'),
];

function linesFor(overrides: Partial<TimeLinesInput>): InvoiceLine[] {
  return invoiceLinesFromTime({
    entries,
    projects: [dashboard, brand, fixed, internal],
    grouping: 'project',
    rounding: { mode: 'none' },
    timeZone: 'Europe/Berlin',
    locale: 'en-GB',
    ...overrides,
  });
}

function summary(lines: InvoiceLine[]) {
  return lines.map((line) => ({ description: line.description, quantityMilli: line.quantityMilli, amount: invoiceLineAmount(line), entries: line.timeEntryIds }));
}

describe('quantityMilliFromMs', () => {
  it('turns milliseconds into thousandths of an hour, halves up', () => {
    expect(quantityMilliFromMs(3_600_000)).toBe(1000);
    expect(quantityMilliFromMs(1800)).toBe(1); // exactly half a thousandth
    expect(quantityMilliFromMs(1799)).toBe(0);
    expect(() => quantityMilliFromMs(-1)).toThrow(RangeError);
  });
});

describe('invoiceLinesFromTime by project', () => {
  // Dashboard entries 50m, 7m20s, 82m; brand 20m. Each rule rounds every entry first, then the line sums them.
  it.each<[string, RoundingRule, number, number]>([
    // 139m20s = 8 360 000 ms = 2.3222 h; 20m = 0.3333 h.
    ['none', { mode: 'none' }, 2322, 333],
    // 50 + 8 + 82 = 140m = 2.3333 h.
    ['up to 1 minute', { mode: 'up', minutes: 1 }, 2333, 333],
    // 50 + 7 + 82 = 139m = 2.3167 h.
    ['nearest minute', { mode: 'nearest', minutes: 1 }, 2317, 333],
    // 54 + 12 + 84 = 150m; 24m.
    ['up to 6 minutes', { mode: 'up', minutes: 6 }, 2500, 400],
    // 48 + 6 + 84 = 138m; 18m.
    ['nearest 6 minutes', { mode: 'nearest', minutes: 6 }, 2300, 300],
    // 60 + 15 + 90 = 165m; 30m.
    ['up to 15 minutes', { mode: 'up', minutes: 15 }, 2750, 500],
    // 45 + 0 + 75 = 120m (7m20s is under half a step); 15m.
    ['nearest 15 minutes', { mode: 'nearest', minutes: 15 }, 2000, 250],
    // 60 + 30 + 90 = 180m; 30m.
    ['up to 30 minutes', { mode: 'up', minutes: 30 }, 3000, 500],
    // 60 + 0 + 90 = 150m; 20m is past half of 30, so 30m.
    ['nearest 30 minutes', { mode: 'nearest', minutes: 30 }, 2500, 500],
  ])('rounds each entry %s, then sums per project', (_label, rounding, dashboardMilli, brandMilli) => {
    const lines = linesFor({ rounding });
    expect(lines.map((line) => [line.description, line.quantityMilli, line.unit, line.unitPriceMinor, line.projectId])).toEqual([
      ['Dashboard rebuild', dashboardMilli, 'hour', 9500, 'dashboard'],
      ['Brand refresh', brandMilli, 'hour', 12_000, 'brand'],
    ]);
    expect(lines[0]?.timeEntryIds).toEqual(['e1', 'e2', 'e3']);
    expect(lines[1]?.timeEntryIds).toEqual(['e4']);
  });

  it('prices the rounded hours at the project rate: 2.75 h × €95 = €261.25', () => {
    expect(summary(linesFor({ rounding: { mode: 'up', minutes: 15 } })).map((line) => line.amount)).toEqual([26_125, 6_000]);
  });

  it('starts every line at the tax rate given, 0 % when none is', () => {
    expect(linesFor({ taxRateBasisPoints: 1900 }).map((line) => line.taxRateBasisPoints)).toEqual([1900, 1900]);
    expect(linesFor({}).map((line) => line.taxRateBasisPoints)).toEqual([0, 0]);
  });
});

describe('invoiceLinesFromTime by project and description', () => {
  it('keeps one line per task, ordered by its first entry', () => {
    expect(summary(linesFor({ grouping: 'projectDescription' }))).toEqual([
      // 50m + 7m20s = 57m20s = 3 440 000 ms = 0.9556 h → 956; × €95 = €90.82.
      { description: 'Dashboard rebuild: Chart legend', quantityMilli: 956, amount: 9082, entries: ['e1', 'e2'] },
      // 82m = 1.3667 h → 1367; × €95 = €129.865 → €129.87.
      { description: 'Dashboard rebuild: Filters', quantityMilli: 1367, amount: 12_987, entries: ['e3'] },
      { description: 'Brand refresh: Kickoff', quantityMilli: 333, amount: 3996, entries: ['e4'] },
    ]);
  });
});

describe('invoiceLinesFromTime by day', () => {
  it('keeps one line per project and local day, rounding each entry first', () => {
    expect(summary(linesFor({ grouping: 'day', rounding: { mode: 'up', minutes: 15 } }))).toEqual([
      { description: 'Dashboard rebuild, 2 Mar 2026', quantityMilli: 1250, amount: 11_875, entries: ['e1', 'e2'] },
      { description: 'Dashboard rebuild, 3 Mar 2026', quantityMilli: 1500, amount: 14_250, entries: ['e3'] },
      { description: 'Brand refresh, 3 Mar 2026', quantityMilli: 500, amount: 6000, entries: ['e4'] },
    ]);
  });

  it('names days in the zone the invoice is prepared in', () => {
    // 23:30 UTC on 2 March is already 3 March in Berlin.
    const late = entry('late', 'dashboard', Date.UTC(2026, 2, 2, 23, 30), 30 * MINUTE, 'Deploy');
    const inBerlin = invoiceLinesFromTime({ entries: [late], projects: [dashboard], grouping: 'day', rounding: { mode: 'none' }, timeZone: 'Europe/Berlin', locale: 'en-GB' });
    const inUtc = invoiceLinesFromTime({ entries: [late], projects: [dashboard], grouping: 'day', rounding: { mode: 'none' }, timeZone: 'UTC', locale: 'en-GB' });
    expect(inBerlin[0]?.description).toBe('Dashboard rebuild, 3 Mar 2026');
    expect(inUtc[0]?.description).toBe('Dashboard rebuild, 2 Mar 2026');
  });

  it('writes the day as the locale does', () => {
    expect(linesFor({ grouping: 'day', locale: 'de-DE' })[0]?.description).toBe('Dashboard rebuild, 02.03.2026');
  });
});

describe('invoiceLinesFromTime by entry', () => {
  it('keeps one line per entry, with its day and description', () => {
    expect(summary(linesFor({ grouping: 'entry', rounding: { mode: 'nearest', minutes: 15 } }))).toEqual([
      { description: 'Dashboard rebuild, 2 Mar 2026: Chart legend', quantityMilli: 750, amount: 7125, entries: ['e1'] },
      { description: 'Dashboard rebuild, 2 Mar 2026: Chart legend', quantityMilli: 0, amount: 0, entries: ['e2'] },
      { description: 'Dashboard rebuild, 3 Mar 2026: Filters', quantityMilli: 1250, amount: 11_875, entries: ['e3'] },
      { description: 'Brand refresh, 3 Mar 2026: Kickoff', quantityMilli: 250, amount: 3000, entries: ['e4'] },
    ]);
  });
});

describe('invoiceLinesFromTime for work not billed by the hour', () => {
  it('lists fixed-price and non-billable time at no charge, marked as such', () => {
    const lines = invoiceLinesFromTime({
      entries: [entry('f1', 'launch', MONDAY_9, 90 * MINUTE, 'QA'), entry('n1', 'internal', MONDAY_9 + 2 * 60 * MINUTE, 30 * MINUTE, 'Email')],
      projects: [fixed, internal],
      grouping: 'project',
      rounding: { mode: 'none' },
      timeZone: 'Europe/Berlin',
      locale: 'en-GB',
    });
    expect(summary(lines)).toEqual([
      { description: 'Launch site (included in the fixed price)', quantityMilli: 1500, amount: 0, entries: ['f1'] },
      { description: 'Admin (not billed)', quantityMilli: 500, amount: 0, entries: ['n1'] },
    ]);
  });

  it('leaves running entries out: they have no length yet', () => {
    const running: TimeEntry = { ...entry('run', 'dashboard', MONDAY_9, 0, 'Live'), end: null };
    expect(invoiceLinesFromTime({ entries: [running], projects: [dashboard], grouping: 'entry', rounding: { mode: 'none' }, timeZone: 'UTC', locale: 'en' })).toEqual([]);
  });
});

describe('fixedPriceLine and manualLine', () => {
  it('bills a fixed-price project, or a milestone of it, as one item at the agreed amount', () => {
    expect(fixedPriceLine(fixed)).toMatchObject({ description: 'Launch site', quantityMilli: 1000, unit: 'item', unitPriceMinor: 480_000, projectId: 'launch', timeEntryIds: [] });
    expect(fixedPriceLine(fixed, ' Milestone 1: design ', 1900)).toMatchObject({ description: 'Launch site: Milestone 1: design', taxRateBasisPoints: 1900 });
    expect(() => fixedPriceLine(dashboard)).toThrow(/not a fixed-price project/);
  });

  it('types in an expense with quantity, unit and price, billing no time', () => {
    const line = manualLine({ description: ' Train to the workshop ', quantityMilli: 2000, unit: 'item', unitPriceMinor: 4_990, taxRateBasisPoints: 700 });
    expect(line).toMatchObject({ description: 'Train to the workshop', quantityMilli: 2000, unit: 'item', unitPriceMinor: 4_990, taxRateBasisPoints: 700, timeEntryIds: [] });
    expect(line).not.toHaveProperty('projectId');
    expect(invoiceLineAmount(line)).toBe(9_980);
    expect(manualLine({ description: 'Workshop', quantityMilli: 1500, unit: 'day', unitPriceMinor: 72_000 }).taxRateBasisPoints).toBe(0);
  });

  it('gives every line its own id', () => {
    const ids = [...linesFor({ grouping: 'entry' }), fixedPriceLine(fixed), manualLine({ description: 'x', quantityMilli: 1, unit: 'item', unitPriceMinor: 1 })].map((line) => line.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
