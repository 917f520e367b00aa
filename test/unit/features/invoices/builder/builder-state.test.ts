import { describe, expect, it } from 'vitest';
import { initialBuilderState, withEntriesSelected, withFixedProject, withManualLine, withoutManualLine, withTaxSuggestion, blankManualLine } from '../../../../../src/features/invoices/builder/builder-state';

const start = initialBuilderState({ clientId: 'c', from: '', to: '', taxRate: '0', paymentTermsDays: '14' });

describe('builder state changes', () => {
  it('ticks and unticks entries without losing the others', () => {
    const unticked = withEntriesSelected(start, ['a', 'b'], false);
    expect([...unticked.excludedEntryIds].sort()).toEqual(['a', 'b']);
    expect(withEntriesSelected(unticked, ['a'], true).excludedEntryIds).toEqual(['b']);
  });

  it('adds, edits and removes hand-typed lines and fixed prices', () => {
    const line = blankManualLine('19');
    const other = blankManualLine('19');
    expect(line.key).not.toBe(other.key);
    const withLines = { ...start, manualLines: [line, other] };
    expect(withManualLine(withLines, line.key, { description: 'Travel' }).manualLines.map((draft) => draft.description)).toEqual(['Travel', '']);
    expect(withoutManualLine(withLines, line.key).manualLines).toEqual([other]);
    expect(withFixedProject(withFixedProject(start, 'p1', true), 'p1', true).fixedProjectIds).toEqual(['p1']);
    expect(withFixedProject(withFixedProject(start, 'p1', true), 'p1', false).fixedProjectIds).toEqual([]);
  });

  it('starts from the client’s last tax treatment until the user chooses one', () => {
    const suggestion = { taxRate: '19', reverseCharge: true };
    expect(withTaxSuggestion(start, suggestion)).toMatchObject({ taxRate: '19', reverseCharge: true });
    expect(withTaxSuggestion(start, undefined)).toBe(start);
    const chosen = { ...start, taxRate: '7', taxChosen: true };
    expect(withTaxSuggestion(chosen, suggestion)).toBe(chosen);
  });
});
