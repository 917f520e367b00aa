import type { TimeLineGrouping } from '../../../domain/invoices/invoice-lines';
import type { InvoiceLine } from '../../../domain/model';

export type DiscountKind = 'amount' | 'percent';
export type LineUnit = InvoiceLine['unit'];

/** A line typed by hand (an expense, an item, a day rate), its figures still as text. */
export interface ManualLineDraft {
  key: string;
  description: string;
  quantity: string;
  unit: LineUnit;
  unitPrice: string;
  taxRate: string;
}

/**
 * Everything the invoice builder asks, as the user left it. Figures stay text until saved, so nothing typed is
 * rewritten under the cursor; the lines and totals are derived from this on every render.
 */
export interface InvoiceBuilderState {
  clientId: string;
  /** The period of time to bill, local days `YYYY-MM-DD`, both included. */
  from: string;
  to: string;
  grouping: TimeLineGrouping;
  /** Unbilled entries in the period that the user deselected; every other one is billed. */
  excludedEntryIds: readonly string[];
  /** Fixed-price projects billed as one line each. */
  fixedProjectIds: readonly string[];
  manualLines: readonly ManualLineDraft[];
  /** The tax rate, in percent, of lines from time and fixed prices, unless a line has its own. */
  taxRate: string;
  /** A different rate for one line from time or a fixed price, keyed by the line's key. */
  lineTaxRates: Readonly<Record<string, string>>;
  /** Whether the user set the tax rate or reverse charge; until then both follow the client's last invoice. */
  taxChosen: boolean;
  discountKind: DiscountKind;
  /** Empty for no discount. */
  discount: string;
  reverseCharge: boolean;
  paymentTermsDays: string;
  notes: string;
}

export const GROUPING_OPTIONS: ReadonlyArray<{ value: TimeLineGrouping; label: string }> = [
  { value: 'project', label: 'One line per project' },
  { value: 'projectDescription', label: 'Per project and description' },
  { value: 'day', label: 'One line per day' },
  { value: 'entry', label: 'One line per entry' },
];

export function isTimeLineGrouping(value: string): value is TimeLineGrouping {
  return GROUPING_OPTIONS.some((option) => option.value === value);
}

export const UNIT_OPTIONS: ReadonlyArray<{ value: LineUnit; label: string }> = [
  { value: 'hour', label: 'Hours' },
  { value: 'day', label: 'Days' },
  { value: 'item', label: 'Items' },
];

export function isLineUnit(value: string): value is LineUnit {
  return UNIT_OPTIONS.some((option) => option.value === value);
}

let manualLineSerial = 0;

/** A fresh, empty hand-typed line: one item at the invoice's usual tax rate. */
export function blankManualLine(taxRate: string): ManualLineDraft {
  manualLineSerial += 1;
  return { key: `manual-${Date.now().toString(36)}-${manualLineSerial}`, description: '', quantity: '1', unit: 'item', unitPrice: '', taxRate };
}

export interface BuilderStart {
  clientId: string;
  from: string;
  to: string;
  taxRate: string;
  paymentTermsDays: string;
}

export function initialBuilderState(start: BuilderStart): InvoiceBuilderState {
  return {
    ...start,
    grouping: 'project',
    excludedEntryIds: [],
    fixedProjectIds: [],
    manualLines: [],
    lineTaxRates: {},
    taxChosen: false,
    discountKind: 'percent',
    discount: '',
    reverseCharge: false,
    notes: '',
  };
}

/** How the client was last invoiced: the rate of its time and whether the reverse charge applied. */
export interface TaxSuggestion {
  taxRate: string;
  reverseCharge: boolean;
}

/**
 * The state with the client's usual tax treatment filled in while the user has not chosen one, so a client billed
 * at 19 % or under reverse charge last time starts that way again.
 */
export function withTaxSuggestion(state: InvoiceBuilderState, suggestion: TaxSuggestion | undefined): InvoiceBuilderState {
  if (state.taxChosen || suggestion === undefined) return state;
  return { ...state, taxRate: suggestion.taxRate, reverseCharge: suggestion.reverseCharge };
}

/** Selects or deselects entries; a deselected entry stays listed, unticked, so it can be put back. */
export function withEntriesSelected(state: InvoiceBuilderState, entryIds: readonly string[], selected: boolean): InvoiceBuilderState {
  const excluded = new Set(state.excludedEntryIds);
  for (const id of entryIds) {
    if (selected) excluded.delete(id);
    else excluded.add(id);
  }
  return { ...state, excludedEntryIds: [...excluded] };
}

export function withManualLine(state: InvoiceBuilderState, key: string, patch: Partial<Omit<ManualLineDraft, 'key'>>): InvoiceBuilderState {
  return { ...state, manualLines: state.manualLines.map((line) => (line.key === key ? { ...line, ...patch } : line)) };
}

export function withoutManualLine(state: InvoiceBuilderState, key: string): InvoiceBuilderState {
  return { ...state, manualLines: state.manualLines.filter((line) => line.key !== key) };
}

export function withFixedProject(state: InvoiceBuilderState, projectId: string, included: boolean): InvoiceBuilderState {
  const others = state.fixedProjectIds.filter((id) => id !== projectId);
  return { ...state, fixedProjectIds: included ? [...others, projectId] : others };
}
