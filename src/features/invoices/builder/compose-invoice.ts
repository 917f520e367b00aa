import type { FieldErrors } from '../../../db/repositories/write-result';
import { fixedPriceLine, invoiceLinesFromTime, manualLine } from '../../../domain/invoices/invoice-lines';
import { invoiceTotals, type InvoiceDiscount } from '../../../domain/invoices/invoice-totals';
import { discountRefusal, linesNetMinor } from '../../../domain/invoices/invoice-refusals';
import type { InvoiceLine, InvoiceTotals, Project, RoundingRule, TimeEntry } from '../../../domain/model';
import { parseMoney } from '../../../domain/money';
import { localDayKey } from '../../../domain/time';
import { formatPercentForInput, readPercent, readQuantityMilli } from '../../../shared/decimal-input';
import type { InvoiceBuilderState, ManualLineDraft } from './builder-state';

/** Messages keyed by field, as the repository gives them; screens take the type from here, never from the db. */
export type { FieldErrors };

/** What the builder reads from storage and settings; the state says what to do with it. */
export interface BuilderSources {
  /** The client's unbilled billable entries, of any date: the period narrows them here. */
  unbilledEntries: readonly TimeEntry[];
  /** The client's projects. */
  projects: readonly Project[];
  currency: string;
  rounding: RoundingRule;
  /** The zone whose days the period is read in. */
  timeZone: string;
  locale: string;
}

export type LineSource = 'time' | 'fixed' | 'manual';

export interface ComposedLine {
  /** Stable while the line means the same thing: a tax rate typed on it stays with it. */
  key: string;
  source: LineSource;
  line: InvoiceLine;
  /** The tax rate as shown in the line's field. */
  taxRateText: string;
  /** Why the line's own tax rate cannot be read, when it cannot. */
  taxRateError?: string;
}

export interface ComposedInvoice {
  /** Unbilled entries that fall in the period, oldest first, ticked or not. */
  entriesInPeriod: TimeEntry[];
  /** The ticked ones: what the time lines bill. */
  selectedEntries: TimeEntry[];
  lines: ComposedLine[];
  /** Messages per hand-typed line, by its key and field. */
  manualLineErrors: Readonly<Record<string, FieldErrors>>;
  /** Messages on invoice-wide fields: taxRate, discount, paymentTermsDays, lines, period. */
  errors: FieldErrors;
  discount: InvoiceDiscount | undefined;
  /** Σ line amounts, before the discount. */
  linesNetMinor: number;
  totals: InvoiceTotals;
}

function inPeriod(entry: TimeEntry, state: InvoiceBuilderState, timeZone: string): boolean {
  const day = localDayKey(entry.start, timeZone);
  return day >= state.from && day <= state.to;
}

/** The rate a line from time or a fixed price carries: its own when typed, else the invoice's. */
function generatedLineRate(key: string, state: InvoiceBuilderState, defaultRate: number | undefined, locale: string): Pick<ComposedLine, 'taxRateText' | 'taxRateError'> & { basisPoints: number } {
  const own = state.lineTaxRates[key];
  if (own === undefined) return { taxRateText: defaultRate === undefined ? state.taxRate : formatPercentForInput(defaultRate, locale), basisPoints: defaultRate ?? 0 };
  const reading = readPercent(own, locale);
  return reading.ok ? { taxRateText: own, basisPoints: reading.scaled } : { taxRateText: own, taxRateError: reading.error, basisPoints: 0 };
}

/** Keyed by what the line says, so a rate typed on it survives ticking entries; repeats get a running suffix. */
function timeLineKeys(lines: readonly InvoiceLine[]): string[] {
  const seen = new Map<string, number>();
  return lines.map((line) => {
    const base = `time:${line.projectId ?? ''}:${line.description}`;
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return count === 0 ? base : `${base}#${count}`;
  });
}

function manualLineFrom(draft: ManualLineDraft, sources: BuilderSources, reverseCharge: boolean): { line?: InvoiceLine; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const description = draft.description.trim();
  if (description === '') errors.description = 'Describe the line';
  const quantity = readQuantityMilli(draft.quantity, sources.locale);
  if (!quantity.ok) errors.quantity = quantity.error;
  const price = draft.unitPrice.trim() === '' ? ({ ok: false, error: 'Enter a price' } as const) : parseMoney(draft.unitPrice, sources.currency, sources.locale);
  if (!price.ok) errors.unitPrice = price.error;
  const rate = readPercent(draft.taxRate, sources.locale);
  if (!rate.ok && !reverseCharge) errors.taxRate = rate.error;
  if (!quantity.ok || !price.ok || Object.keys(errors).length > 0) return { errors };
  const line = manualLine({
    description,
    quantityMilli: quantity.scaled,
    unit: draft.unit,
    unitPriceMinor: price.amountMinor,
    taxRateBasisPoints: reverseCharge || !rate.ok ? 0 : rate.scaled,
  });
  return { line, errors };
}

function discountFrom(state: InvoiceBuilderState, sources: BuilderSources): { discount?: InvoiceDiscount; error?: string } {
  if (state.discount.trim() === '') return {};
  if (state.discountKind === 'percent') {
    const reading = readPercent(state.discount, sources.locale);
    if (!reading.ok) return { error: reading.error };
    return reading.scaled === 0 ? {} : { discount: { kind: 'percent', basisPoints: reading.scaled } };
  }
  const amount = parseMoney(state.discount, sources.currency, sources.locale);
  if (!amount.ok) return { error: amount.error };
  if (amount.amountMinor < 0) return { error: 'Must not be negative' };
  return amount.amountMinor === 0 ? {} : { discount: { kind: 'amount', amountMinor: amount.amountMinor } };
}

/**
 * The invoice the builder describes: the ticked entries of the period turned into lines with the client's rounding
 * rule, a line per chosen fixed-price project, the hand-typed lines that can be read, and the totals of all of them
 * computed as the stored invoice will compute them. Under reverse charge every line is at 0 %. Lines that cannot
 * be read yet are left out of the totals and carry their messages instead.
 */
export function composeInvoice(state: InvoiceBuilderState, sources: BuilderSources): ComposedInvoice {
  const errors: FieldErrors = {};
  if (state.from === '' || state.to === '') errors.period = 'Choose the first and last day to bill';
  else if (state.to < state.from) errors.period = 'The last day is before the first';

  const defaultRate = readPercent(state.taxRate, sources.locale);
  if (!defaultRate.ok && !state.reverseCharge) errors.taxRate = defaultRate.error;
  const baseRate = state.reverseCharge || !defaultRate.ok ? 0 : defaultRate.scaled;

  const entriesInPeriod = errors.period === undefined ? sources.unbilledEntries.filter((entry) => inPeriod(entry, state, sources.timeZone)).sort((a, b) => a.start - b.start || a.id.localeCompare(b.id)) : [];
  const excluded = new Set(state.excludedEntryIds);
  const selectedEntries = entriesInPeriod.filter((entry) => !excluded.has(entry.id));

  const lines: ComposedLine[] = [];
  const timeLines = invoiceLinesFromTime({
    entries: selectedEntries,
    projects: sources.projects,
    grouping: state.grouping,
    rounding: sources.rounding,
    timeZone: sources.timeZone,
    locale: sources.locale,
  });
  const timeKeys = timeLineKeys(timeLines);
  const projectsById = new Map(sources.projects.map((project) => [project.id, project]));
  const generated: Array<{ key: string; source: LineSource; line: InvoiceLine }> = [
    ...timeLines.map((line, index) => ({ key: timeKeys[index] ?? `time:${index}`, source: 'time' as const, line })),
    ...state.fixedProjectIds.flatMap((projectId) => {
      const project = projectsById.get(projectId);
      return project === undefined || project.billing.kind !== 'fixed' ? [] : [{ key: `fixed:${projectId}`, source: 'fixed' as const, line: fixedPriceLine(project) }];
    }),
  ];
  for (const { key, source, line } of generated) {
    const rate = state.reverseCharge ? { taxRateText: '0', basisPoints: 0 } : generatedLineRate(key, state, defaultRate.ok ? baseRate : undefined, sources.locale);
    if (rate.taxRateError !== undefined) errors[`lineTaxRate:${key}`] = rate.taxRateError;
    lines.push({ key, source, line: { ...line, taxRateBasisPoints: rate.basisPoints }, taxRateText: rate.taxRateText, taxRateError: rate.taxRateError });
  }

  const manualLineErrors: Record<string, FieldErrors> = {};
  for (const draft of state.manualLines) {
    const read = manualLineFrom(draft, sources, state.reverseCharge);
    if (Object.keys(read.errors).length > 0) manualLineErrors[draft.key] = read.errors;
    if (read.line !== undefined) lines.push({ key: draft.key, source: 'manual', line: read.line, taxRateText: state.reverseCharge ? '0' : draft.taxRate });
  }
  if (lines.length === 0) errors.lines = 'Tick some time, add a fixed price or a line: an invoice needs at least one line';

  const discount = discountFrom(state, sources);
  const netOfLines = linesNetMinor(lines.map((composed) => composed.line));
  const discountError = discount.error ?? discountRefusal(discount.discount, netOfLines, sources.currency, sources.locale);
  if (discountError !== undefined) errors.discount = discountError;

  const terms = state.paymentTermsDays.trim();
  if (!/^\d{1,3}$/.test(terms) || Number(terms) > 365) errors.paymentTermsDays = 'Enter whole days, from 0 to 365';

  return {
    entriesInPeriod,
    selectedEntries,
    lines,
    manualLineErrors,
    errors,
    discount: discount.discount,
    linesNetMinor: netOfLines,
    totals: invoiceTotals(
      lines.map((composed) => composed.line),
      discount.discount,
      state.reverseCharge,
    ),
  };
}

/** Whether the builder may save: every line readable and every invoice-wide field valid. */
export function isComposedInvoiceComplete(composed: ComposedInvoice): boolean {
  return Object.keys(composed.errors).length === 0 && Object.keys(composed.manualLineErrors).length === 0;
}
