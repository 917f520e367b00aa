import { describe, expect, it } from 'vitest';
import { blankManualLine, initialBuilderState, withEntriesSelected, withFixedProject, type InvoiceBuilderState } from '../../../../../src/features/invoices/builder/builder-state';
import { composeInvoice, type BuilderSources } from '../../../../../src/features/invoices/builder/compose-invoice';
import { builderStateFromDraft } from '../../../../../src/features/invoices/builder/draft-state';
import { invoice } from '../invoice-records';
import { project } from '../../records';
import { HOUR, MINUTE, timeEntry } from '../../time/time-entry-records';

const MONDAY_NINE = Date.UTC(2026, 2, 2, 8, 0);
const DAY = 24 * HOUR;
const design = project('design', 'client-1', { name: 'Design system', billing: { kind: 'hourly', rateMinor: 9_000 } });
const launch = project('launch', 'client-1', { name: 'Launch site', billing: { kind: 'fixed', amountMinor: 480_000 } });
const entries = [
  timeEntry('a', MONDAY_NINE, MONDAY_NINE + 70 * MINUTE, { projectId: 'design', description: 'Tokens' }),
  timeEntry('b', MONDAY_NINE + DAY, MONDAY_NINE + DAY + 50 * MINUTE, { projectId: 'design', description: 'Review' }),
  timeEntry('c', MONDAY_NINE + 3 * DAY, MONDAY_NINE + 3 * DAY + 125 * MINUTE, { projectId: 'design', description: 'Tokens' }),
  timeEntry('d', MONDAY_NINE + 9 * DAY, MONDAY_NINE + 9 * DAY + HOUR, { projectId: 'design', description: 'Outside' }),
];
const sources: BuilderSources = { unbilledEntries: entries, projects: [design, launch], currency: 'EUR', rounding: { mode: 'up', minutes: 6 }, timeZone: 'Europe/Berlin', locale: 'de-DE' };

function saved(state: InvoiceBuilderState) {
  const composed = composeInvoice(state, sources);
  return invoice('draft-1', { status: 'draft', lines: composed.lines.map((line) => line.line), discount: composed.discount, reverseCharge: state.reverseCharge, notes: state.notes, paymentTermsDays: Number(state.paymentTermsDays) });
}

function reopened(state: InvoiceBuilderState): InvoiceBuilderState {
  return builderStateFromDraft(saved(state), { entries, projects: sources.projects, rounding: sources.rounding, timeZone: sources.timeZone, locale: sources.locale }, { from: '2026-03-01', to: '2026-03-31' }, 30);
}

function meaning(state: InvoiceBuilderState) {
  return composeInvoice(state, sources).lines.map(({ line }) => ({ ...line, id: '' }));
}

describe('builderStateFromDraft', () => {
  it('reopens a draft as the builder that made it: same lines, grouping, rates, discount and terms', () => {
    const travel = { ...blankManualLine('7'), description: 'Train to the workshop', quantity: '2,5', unit: 'day' as const, unitPrice: '45,55' };
    const original = withFixedProject(
      withEntriesSelected(
        { ...initialBuilderState({ clientId: 'client-1', from: '2026-03-02', to: '2026-03-05', taxRate: '19', paymentTermsDays: '21' }), grouping: 'projectDescription', manualLines: [travel], discountKind: 'amount', discount: '12,5', notes: 'PO 4471' },
        ['b'],
        false,
      ),
      'launch',
      true,
    );
    const again = reopened(original);
    expect(again.grouping).toBe('projectDescription');
    expect(again.from).toBe('2026-03-02');
    expect(again.to).toBe('2026-03-05');
    expect(again.excludedEntryIds).toEqual(['b']);
    expect(again.fixedProjectIds).toEqual(['launch']);
    expect(again.manualLines.map(({ description, quantity, unit, unitPrice, taxRate }) => ({ description, quantity, unit, unitPrice, taxRate }))).toEqual([
      { description: 'Train to the workshop', quantity: '2,5', unit: 'day', unitPrice: '45,55', taxRate: '7' },
    ]);
    expect(again).toMatchObject({ taxRate: '19', discountKind: 'amount', discount: '12,50', paymentTermsDays: '21', notes: 'PO 4471' });
    expect(meaning(again)).toEqual(meaning(original));
  });

  it('keeps a time line’s own rate and a per-day grouping', () => {
    const first = composeInvoice({ ...initialBuilderState({ clientId: 'client-1', from: '2026-03-02', to: '2026-03-05', taxRate: '19', paymentTermsDays: '14' }), grouping: 'day' }, sources);
    const secondDay = first.lines[1]?.key ?? '';
    const original: InvoiceBuilderState = { ...initialBuilderState({ clientId: 'client-1', from: '2026-03-02', to: '2026-03-05', taxRate: '19', paymentTermsDays: '14' }), grouping: 'day', lineTaxRates: { [secondDay]: '7' } };
    const again = reopened(original);
    expect(again.grouping).toBe('day');
    expect(meaning(again)).toEqual(meaning(original));
    expect(meaning(again).map((line) => line.taxRateBasisPoints)).toEqual([1900, 700, 1900]);
  });
});
