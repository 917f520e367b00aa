import { z } from 'zod';
import { currencyCodeSchema, documentLanguageSchema, isoDateSchema, minorUnitsSchema, nonNegativeMinorSchema, type RecordMeta } from './common';

export const invoiceStatusSchema = z.enum(['draft', 'issued', 'sent', 'partiallyPaid', 'paid', 'void']);
export type InvoiceStatus = z.infer<typeof invoiceStatusSchema>;

export const invoiceLineSchema = z.lazy(() =>
  z.object({
    id: z.string(),
    description: z.string().trim().min(1, 'Describe the line').max(1000),
    /** Quantity in thousandths, so 1.5 hours is 1500: no floats touch money. */
    quantityMilli: z.number().int(),
    unit: z.enum(['hour', 'day', 'item']),
    unitPriceMinor: minorUnitsSchema,
    /** Tax rate in basis points: 1900 is 19 %. */
    taxRateBasisPoints: z.number().int().min(0).max(10000),
    projectId: z.string().optional(),
    timeEntryIds: z.array(z.string()),
  }),
);
export type InvoiceLine = z.infer<typeof invoiceLineSchema>;

export const invoiceDiscountSchema = z.lazy(() =>
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('amount'), amountMinor: nonNegativeMinorSchema }),
    z.object({ kind: z.literal('percent'), basisPoints: z.number().int().min(0).max(10000) }),
  ]),
);

export const partySnapshotSchema = z.lazy(() =>
  z.object({
    name: z.string(),
    address: z.string(),
    email: z.string(),
    taxId: z.string(),
    country: z.string().optional(),
  }),
);
export type PartySnapshot = z.infer<typeof partySnapshotSchema>;

export const invoiceTotalsSchema = z.lazy(() =>
  z.object({
    netMinor: minorUnitsSchema,
    taxMinor: minorUnitsSchema,
    grossMinor: minorUnitsSchema,
    taxGroups: z.array(z.object({ rateBasisPoints: z.number().int(), netMinor: minorUnitsSchema, taxMinor: minorUnitsSchema })),
  }),
);
export type InvoiceTotals = z.infer<typeof invoiceTotalsSchema>;

export const invoiceInputSchema = z.lazy(() =>
  z.object({
    /** Given when issued, in sequence, never reused. Drafts have none. */
    number: z.string().optional(),
    kind: z.enum(['invoice', 'creditNote']),
    creditedInvoiceId: z.string().optional(),
    clientId: z.string().min(1, 'Choose a client'),
    currency: currencyCodeSchema,
    issueDate: isoDateSchema.optional(),
    dueDate: isoDateSchema.optional(),
    status: invoiceStatusSchema,
    lines: z.array(invoiceLineSchema),
    discount: invoiceDiscountSchema.optional(),
    reverseCharge: z.boolean(),
    totals: invoiceTotalsSchema,
    seller: partySnapshotSchema.optional(),
    buyer: partySnapshotSchema.optional(),
    notes: z.string().max(4000),
    /** Formats the document's dates and numbers; taken at issue, in the document's language. */
    locale: z.string().optional(),
    /** The language the document is written in, taken at issue. An issued one without it was written in English. */
    documentLanguage: documentLanguageSchema.optional(),
    sentAt: z.number().int().optional(),
    paidMinor: nonNegativeMinorSchema,
    /** The day of the payment that brought paidMinor up to the gross; kept by the payment writes beside the status. */
    settledOn: isoDateSchema.optional(),
    /** Days from issue to due date on a draft; when absent, the client's payment terms at the moment of issue. */
    paymentTermsDays: z.number().int().min(0, 'Must not be negative').max(365, 'At most 365 days').optional(),
    /** The seller's payment instructions as they were at issue, so a later bank change never alters an issued invoice. */
    paymentInstructions: z.string().max(2000, 'At most 2000 characters').optional(),
    /** Set on an invoice once a credit note cancels it: from then on the client owes nothing on it. */
    creditedByInvoiceId: z.string().optional(),
  }),
);

export type InvoiceInput = z.infer<typeof invoiceInputSchema>;
export type Invoice = RecordMeta & InvoiceInput;
