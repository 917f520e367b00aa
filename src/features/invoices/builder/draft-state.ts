import { invoiceLinesFromTime, type TimeLineGrouping } from '../../../domain/invoices/invoice-lines';
import type { Invoice, InvoiceLine, Project, RoundingRule, TimeEntry } from '../../../domain/model';
import { localDayKey } from '../../../domain/time';
import { formatAmountForInput } from '../../../shared/form-numbers';
import { formatPercentForInput, formatScaledForInput, QUANTITY_SCALE } from '../../../shared/decimal-input';
import { GROUPING_OPTIONS, type InvoiceBuilderState, type ManualLineDraft } from './builder-state';

export interface DraftSources {
  /** Entries the builder can offer: the draft's own and the client's other unbilled ones. */
  entries: readonly TimeEntry[];
  projects: readonly Project[];
  rounding: RoundingRule;
  timeZone: string;
  locale: string;
}

function isFixedPriceLine(line: InvoiceLine, projectsById: ReadonlyMap<string, Project>): boolean {
  if (line.timeEntryIds.length > 0 || line.projectId === undefined || line.unit !== 'item' || line.quantityMilli !== 1000) return false;
  const project = projectsById.get(line.projectId);
  return project?.billing.kind === 'fixed' && project.billing.amountMinor === line.unitPriceMinor;
}

/** The grouping that reproduces the draft's time lines word for word, so reopening it changes nothing. */
function groupingOf(timeLines: readonly InvoiceLine[], billed: readonly TimeEntry[], sources: DraftSources): TimeLineGrouping {
  const stored = timeLines.map((line) => line.description).join('\n');
  const match = GROUPING_OPTIONS.find(({ value }) => {
    const lines = invoiceLinesFromTime({ entries: billed, projects: sources.projects, grouping: value, rounding: sources.rounding, timeZone: sources.timeZone, locale: sources.locale });
    return lines.map((line) => line.description).join('\n') === stored;
  });
  return match?.value ?? 'project';
}

function manualDraftOf(line: InvoiceLine, currency: string, sources: DraftSources): ManualLineDraft {
  return {
    key: `manual-${line.id}`,
    description: line.description,
    quantity: formatScaledForInput(line.quantityMilli, sources.locale, QUANTITY_SCALE),
    unit: line.unit,
    unitPrice: formatAmountForInput(line.unitPriceMinor, currency, sources.locale),
    taxRate: formatPercentForInput(line.taxRateBasisPoints, sources.locale),
  };
}

/**
 * The builder as it must have been when a draft was saved: same client, a period spanning the draft's entries, the
 * grouping that gives its time lines, its fixed prices and hand-typed lines, its tax, discount and terms. Unbilled
 * entries of that period that the draft left out start unticked.
 */
export function builderStateFromDraft(draft: Invoice, sources: DraftSources, fallbackPeriod: { from: string; to: string }, defaultTermsDays: number): InvoiceBuilderState {
  const projectsById = new Map(sources.projects.map((project) => [project.id, project]));
  const billedIds = new Set(draft.lines.flatMap((line) => line.timeEntryIds));
  const billed = sources.entries.filter((entry) => billedIds.has(entry.id));
  const days = billed.map((entry) => localDayKey(entry.start, sources.timeZone)).sort();
  const from = days[0] ?? fallbackPeriod.from;
  const to = days[days.length - 1] ?? fallbackPeriod.to;
  const excludedEntryIds = sources.entries
    .filter((entry) => !billedIds.has(entry.id))
    .filter((entry) => {
      const day = localDayKey(entry.start, sources.timeZone);
      return day >= from && day <= to;
    })
    .map((entry) => entry.id);

  const timeLines = draft.lines.filter((line) => line.timeEntryIds.length > 0);
  const fixedLines = draft.lines.filter((line) => isFixedPriceLine(line, projectsById));
  const manual = draft.lines.filter((line) => line.timeEntryIds.length === 0 && !isFixedPriceLine(line, projectsById));
  const generated = [...timeLines, ...fixedLines];
  const baseRate = generated[0]?.taxRateBasisPoints ?? manual[0]?.taxRateBasisPoints ?? 0;

  const lineTaxRates: Record<string, string> = {};
  for (const line of timeLines) {
    if (line.taxRateBasisPoints !== baseRate) lineTaxRates[`time:${line.projectId ?? ''}:${line.description}`] = formatPercentForInput(line.taxRateBasisPoints, sources.locale);
  }
  for (const line of fixedLines) {
    if (line.taxRateBasisPoints !== baseRate) lineTaxRates[`fixed:${line.projectId ?? ''}`] = formatPercentForInput(line.taxRateBasisPoints, sources.locale);
  }

  const discount = draft.discount;
  return {
    clientId: draft.clientId,
    from,
    to,
    grouping: groupingOf(timeLines, billed, sources),
    excludedEntryIds,
    fixedProjectIds: fixedLines.flatMap((line) => (line.projectId === undefined ? [] : [line.projectId])),
    manualLines: manual.map((line) => manualDraftOf(line, draft.currency, sources)),
    taxRate: formatPercentForInput(baseRate, sources.locale),
    lineTaxRates,
    taxChosen: true,
    discountKind: discount?.kind ?? 'percent',
    discount:
      discount === undefined
        ? ''
        : discount.kind === 'percent'
          ? formatPercentForInput(discount.basisPoints, sources.locale)
          : formatAmountForInput(discount.amountMinor, draft.currency, sources.locale),
    reverseCharge: draft.reverseCharge,
    paymentTermsDays: String(draft.paymentTermsDays ?? defaultTermsDays),
    notes: draft.notes,
  };
}
