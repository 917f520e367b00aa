import { describe, expect, it } from 'vitest';
import { blankManualLine, initialBuilderState, withEntriesSelected, withFixedProject, type InvoiceBuilderState } from '../../../../../src/features/invoices/builder/builder-state';
import { composeInvoice, isComposedInvoiceComplete, type BuilderSources } from '../../../../../src/features/invoices/builder/compose-invoice';
import { project } from '../../records';
import { HOUR, MINUTE, timeEntry } from '../../time/time-entry-records';

/** Monday 2 March 2026, 09:00 in Berlin. */
const MONDAY_NINE = Date.UTC(2026, 2, 2, 8, 0);
const DAY = 24 * HOUR;

const design = project('design', 'client-1', { name: 'Design system', billing: { kind: 'hourly', rateMinor: 9_000 } });
const launch = project('launch', 'client-1', { name: 'Launch site', billing: { kind: 'fixed', amountMinor: 480_000 } });

/** 1h10, 0h50 and 2h05 of design work on three days, and 1h of fixed-price work. */
const entries = [
  timeEntry('a', MONDAY_NINE, MONDAY_NINE + 70 * MINUTE, { projectId: 'design', description: 'Tokens' }),
  timeEntry('b', MONDAY_NINE + DAY, MONDAY_NINE + DAY + 50 * MINUTE, { projectId: 'design', description: 'Tokens' }),
  timeEntry('c', MONDAY_NINE + 2 * DAY, MONDAY_NINE + 2 * DAY + 125 * MINUTE, { projectId: 'design', description: 'Review' }),
  timeEntry('d', MONDAY_NINE + 2 * DAY, MONDAY_NINE + 2 * DAY + HOUR, { projectId: 'launch', description: 'Hero' }),
];

function sources(overrides: Partial<BuilderSources> = {}): BuilderSources {
  return { unbilledEntries: entries, projects: [design, launch], currency: 'EUR', rounding: { mode: 'up', minutes: 15 }, timeZone: 'Europe/Berlin', locale: 'en-GB', ...overrides };
}

function state(overrides: Partial<InvoiceBuilderState> = {}): InvoiceBuilderState {
  return { ...initialBuilderState({ clientId: 'client-1', from: '2026-03-01', to: '2026-03-31', taxRate: '19', paymentTermsDays: '14' }), ...overrides };
}

describe('composeInvoice', () => {
  it('bills the period’s ticked entries per project, each entry rounded up to 15 minutes first', () => {
    const composed = composeInvoice(state(), sources());
    const design = composed.lines.find((line) => line.line.projectId === 'design');
    // 1h10 → 1h15, 0h50 → 1h, 2h05 → 2h15: 4.5 hours at 90.00 is 405.00.
    expect(design?.line.quantityMilli).toBe(4500);
    expect(design?.line.unitPriceMinor).toBe(9_000);
    expect(design?.line.timeEntryIds).toEqual(['a', 'b', 'c']);
    expect(design?.line.taxRateBasisPoints).toBe(1900);
    expect(composed.lines.find((line) => line.line.projectId === 'launch')?.line.unitPriceMinor).toBe(0);
    expect(composed.totals).toEqual({ netMinor: 40_500, taxMinor: 7_695, grossMinor: 48_195, taxGroups: [{ rateBasisPoints: 1900, netMinor: 40_500, taxMinor: 7_695 }] });
    expect(isComposedInvoiceComplete(composed)).toBe(true);
  });

  it('leaves deselected entries and entries outside the period off the invoice', () => {
    const composed = composeInvoice(withEntriesSelected(state({ from: '2026-03-02', to: '2026-03-03' }), ['b'], false), sources({ rounding: { mode: 'none' } }));
    expect(composed.entriesInPeriod.map((entry) => entry.id)).toEqual(['a', 'b']);
    expect(composed.selectedEntries.map((entry) => entry.id)).toEqual(['a']);
    expect(composed.lines.map((line) => line.line.quantityMilli)).toEqual([1167]);
    // 70 minutes is 1.167 hours (halves up); 1.167 × 90.00 = 105.03.
    expect(composed.totals.netMinor).toBe(10_503);
  });

  it('groups by day and by entry with the dates in the descriptions', () => {
    const byDay = composeInvoice(state({ grouping: 'day' }), sources({ rounding: { mode: 'nearest', minutes: 30 } }));
    // 1h10 → 1h, 0h50 → 1h, 2h05 → 2h, the fixed-price hour stays 1h.
    expect(byDay.lines.map((line) => [line.line.description, line.line.quantityMilli])).toEqual([
      ['Design system, 2 Mar 2026', 1000],
      ['Design system, 3 Mar 2026', 1000],
      ['Design system, 4 Mar 2026', 2000],
      ['Launch site, 4 Mar 2026 (included in the fixed price)', 1000],
    ]);
    const byEntry = composeInvoice(state({ grouping: 'entry' }), sources());
    expect(byEntry.lines).toHaveLength(4);
    expect(byEntry.lines[0]?.line.description).toBe('Design system, 2 Mar 2026: Tokens');
  });

  it('adds a fixed-price project as one line at its amount', () => {
    const composed = composeInvoice(withFixedProject(state(), 'launch', true), sources());
    const fixed = composed.lines.find((line) => line.source === 'fixed');
    expect(fixed?.line).toMatchObject({ description: 'Launch site', quantityMilli: 1000, unit: 'item', unitPriceMinor: 480_000, taxRateBasisPoints: 1900 });
    expect(composed.totals.netMinor).toBe(40_500 + 480_000);
  });

  it('taxes a hand-typed line at its own rate, computing each rate’s tax once on its net', () => {
    const travel = { ...blankManualLine('7'), description: 'Train to the workshop', quantity: '2', unit: 'item' as const, unitPrice: '45.55' };
    const composed = composeInvoice(state({ manualLines: [travel] }), sources());
    expect(composed.lines.find((line) => line.source === 'manual')?.line).toMatchObject({ quantityMilli: 2000, unitPriceMinor: 4_555, taxRateBasisPoints: 700, timeEntryIds: [] });
    expect(composed.totals.taxGroups).toEqual([
      { rateBasisPoints: 700, netMinor: 9_110, taxMinor: 638 },
      { rateBasisPoints: 1900, netMinor: 40_500, taxMinor: 7_695 },
    ]);
    expect(composed.totals.grossMinor).toBe(9_110 + 40_500 + 638 + 7_695);
  });

  it('keeps a rate typed on one time line while the other lines follow the invoice’s rate', () => {
    const first = composeInvoice(state({ grouping: 'projectDescription' }), sources());
    const tokens = first.lines.find((line) => line.line.description === 'Design system: Tokens');
    expect(tokens).toBeDefined();
    const composed = composeInvoice(state({ grouping: 'projectDescription', lineTaxRates: { [tokens?.key ?? '']: '7' } }), sources());
    expect(composed.lines.map((line) => [line.line.description, line.line.taxRateBasisPoints])).toEqual([
      ['Design system: Tokens', 700],
      ['Design system: Review', 1900],
      ['Launch site: Hero (included in the fixed price)', 1900],
    ]);
  });

  it('puts every line at 0 % under reverse charge, whatever rates were typed', () => {
    const travel = { ...blankManualLine('19'), description: 'Licence', unitPrice: '100' };
    const composed = composeInvoice(state({ reverseCharge: true, taxRate: 'nonsense', manualLines: [travel] }), sources());
    expect(composed.lines.every((line) => line.line.taxRateBasisPoints === 0)).toBe(true);
    expect(composed.totals.taxMinor).toBe(0);
    expect(composed.errors.taxRate).toBeUndefined();
  });

  it('takes a percentage or an amount off before tax', () => {
    const percent = composeInvoice(state({ discountKind: 'percent', discount: '10' }), sources());
    expect(percent.discount).toEqual({ kind: 'percent', basisPoints: 1000 });
    expect(percent.linesNetMinor).toBe(40_500);
    expect(percent.totals.netMinor).toBe(36_450);
    const amount = composeInvoice(state({ discountKind: 'amount', discount: '50' }), sources());
    expect(amount.discount).toEqual({ kind: 'amount', amountMinor: 5_000 });
    expect(amount.totals.netMinor).toBe(35_500);
  });

  it('refuses an amount off larger than the lines, as it refuses a percentage over 100', () => {
    const tooMuch = composeInvoice(state({ discountKind: 'amount', discount: '405.01' }), sources());
    expect(tooMuch.errors.discount).toBe('At most €405.00, the total of the lines');
    expect(isComposedInvoiceComplete(tooMuch)).toBe(false);
    const all = composeInvoice(state({ discountKind: 'amount', discount: '405' }), sources());
    expect(all.errors.discount).toBeUndefined();
    expect(all.totals.grossMinor).toBe(0);
  });

  it('bills JPY and BHD in their own minor units', () => {
    const yen = project('yen', 'client-1', { name: 'Tokyo', currency: 'JPY', billing: { kind: 'hourly', rateMinor: 12_000 } });
    const dinar = project('dinar', 'client-1', { name: 'Manama', currency: 'BHD', billing: { kind: 'hourly', rateMinor: 45_500 } });
    const ninetyMinutes = [timeEntry('y', MONDAY_NINE, MONDAY_NINE + 90 * MINUTE, { projectId: 'yen' })];
    const jpy = composeInvoice(state({ taxRate: '10' }), sources({ unbilledEntries: ninetyMinutes, projects: [yen], currency: 'JPY', rounding: { mode: 'none' } }));
    // 1.5 h × ¥12,000 = ¥18,000; 10 % is ¥1,800.
    expect(jpy.totals).toMatchObject({ netMinor: 18_000, taxMinor: 1_800, grossMinor: 19_800 });
    const bhdEntries = [timeEntry('z', MONDAY_NINE, MONDAY_NINE + 90 * MINUTE, { projectId: 'dinar' })];
    const bhd = composeInvoice(state({ taxRate: '10', discountKind: 'amount', discount: '1.125' }), sources({ unbilledEntries: bhdEntries, projects: [dinar], currency: 'BHD', rounding: { mode: 'none' } }));
    // 1.5 h × 45.500 BHD = 68.250; less 1.125 is 67.125; 10 % is 6.7125 → 6.713.
    expect(bhd.totals).toMatchObject({ netMinor: 67_125, taxMinor: 6_713, grossMinor: 73_838 });
  });

  it('names what cannot be read, field by field, and leaves such lines out of the totals', () => {
    const broken = { ...blankManualLine('19'), description: ' ', quantity: '0', unitPrice: 'lots' };
    const composed = composeInvoice(state({ manualLines: [broken], discount: '120', paymentTermsDays: '-3', to: '2026-02-01' }), sources());
    expect(composed.manualLineErrors[broken.key]).toEqual({ description: 'Describe the line', quantity: 'Must be more than zero', unitPrice: 'An amount has no letters; enter a number such as 1,234.50' });
    expect(composed.errors).toMatchObject({ period: 'The last day is before the first', discount: 'At most 100 %', paymentTermsDays: 'Enter whole days, from 0 to 365' });
    expect(composed.errors.lines).toBeDefined();
    expect(composed.lines).toEqual([]);
    expect(isComposedInvoiceComplete(composed)).toBe(false);
  });
});
