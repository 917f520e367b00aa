import { describe, expect, it } from 'vitest';
import { readBuilderDraft } from '../../../../../src/features/invoices/builder/builder-draft';
import { initialBuilderState, type InvoiceBuilderState } from '../../../../../src/features/invoices/builder/builder-state';

const built: InvoiceBuilderState = {
  ...initialBuilderState({ clientId: 'client-1', from: '2026-03-01', to: '2026-03-31', taxRate: '19', paymentTermsDays: '14' }),
  excludedEntryIds: ['entry-3'],
  manualLines: [{ key: 'manual-1', description: 'Travel to the kickoff workshop', quantity: '1', unit: 'item', unitPrice: '240', taxRate: '20' }],
  lineTaxRates: { 'fixed:project-2': '7' },
  taxChosen: true,
  discount: '5',
  notes: 'Thank you',
};

describe('readBuilderDraft', () => {
  it('reads back the builder state a draft kept, through JSON as local storage holds it', () => {
    expect(readBuilderDraft(JSON.parse(JSON.stringify(built)))).toEqual(built);
  });

  it('refuses a draft that does not fit the builder: an unknown unit or grouping, a missing field, a number for a text', () => {
    expect(readBuilderDraft({ ...built, manualLines: [{ ...built.manualLines[0], unit: 'litre' }] })).toBeUndefined();
    expect(readBuilderDraft({ ...built, grouping: 'client' })).toBeUndefined();
    const { notes: _notes, ...withoutNotes } = built;
    expect(readBuilderDraft(withoutNotes)).toBeUndefined();
    expect(readBuilderDraft({ ...built, discount: 5 })).toBeUndefined();
    expect(readBuilderDraft('built')).toBeUndefined();
  });
});
