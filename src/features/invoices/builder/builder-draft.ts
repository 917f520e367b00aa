import { z } from 'zod';
import type { TimeLineGrouping } from '../../../domain/invoices/invoice-lines';
import { isLineUnit, isTimeLineGrouping, type InvoiceBuilderState, type LineUnit } from './builder-state';

const text = z.string();

/** The builder's state as a draft keeps it; built on first use, like the record schemas. */
const builderDraftSchema = z.lazy(() =>
  z.object({
    clientId: text,
    from: text,
    to: text,
    grouping: z.custom<TimeLineGrouping>((value) => typeof value === 'string' && isTimeLineGrouping(value)),
    excludedEntryIds: z.array(text),
    fixedProjectIds: z.array(text),
    manualLines: z.array(
      z.object({
        key: text,
        description: text,
        quantity: text,
        unit: z.custom<LineUnit>((value) => typeof value === 'string' && isLineUnit(value)),
        unitPrice: text,
        taxRate: text,
      }),
    ),
    taxRate: text,
    lineTaxRates: z.record(z.string(), text),
    taxChosen: z.boolean(),
    discountKind: z.enum(['amount', 'percent']),
    discount: text,
    reverseCharge: z.boolean(),
    paymentTermsDays: text,
    notes: text,
  }),
);

/** A stored invoice draft as the builder's state, or undefined when it does not fit this version of the builder. */
export function readBuilderDraft(stored: unknown): InvoiceBuilderState | undefined {
  const parsed = builderDraftSchema.safeParse(stored);
  return parsed.success ? parsed.data : undefined;
}
