import { describe, expect, it } from 'vitest';
import { blankManualLine, initialBuilderState } from '../../../../../src/features/invoices/builder/builder-state';
import { builderProblems } from '../../../../../src/features/invoices/builder/builder-problems';
import { composeInvoice } from '../../../../../src/features/invoices/builder/compose-invoice';
import { roundingRuleLabel } from '../../../../../src/features/invoices/builder/rounding-label';

describe('builderProblems', () => {
  it('lists every reason not to save, naming the field and the line', () => {
    const good = { ...blankManualLine('19'), description: 'Licence', unitPrice: '100' };
    const bad = { ...blankManualLine('19'), description: 'Hosting', unitPrice: '12.345' };
    const state = { ...initialBuilderState({ clientId: 'c', from: '2026-03-01', to: '2026-03-31', taxRate: '19', paymentTermsDays: '14' }), manualLines: [good, bad], discount: 'ten' };
    const composed = composeInvoice(state, { unbilledEntries: [], projects: [], currency: 'EUR', rounding: { mode: 'none' }, timeZone: 'UTC', locale: 'en-GB' });
    expect(builderProblems(composed, [good.key, bad.key], 0, { seller: 'Add your business name in Settings before issuing an invoice' })).toEqual([
      'Discount: Enter a number, such as 19 or 7.5',
      'Add your business name in Settings before issuing an invoice',
      'Line 2, unit price: EUR amounts have at most 2 decimals',
    ]);
  });
});

describe('roundingRuleLabel', () => {
  it('says how each entry is rounded', () => {
    expect(roundingRuleLabel({ mode: 'none' })).toBe('exact time, no rounding');
    expect(roundingRuleLabel({ mode: 'up', minutes: 15 })).toBe('each entry rounded up to the next 15 minutes');
    expect(roundingRuleLabel({ mode: 'nearest', minutes: 1 })).toBe('each entry rounded to the nearest 1 minute');
  });
});
