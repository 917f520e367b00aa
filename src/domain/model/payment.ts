import { z } from 'zod';
import { currencyCodeSchema, isoDateSchema, minorUnitsSchema, nonNegativeMinorSchema, optionalText, type RecordMeta } from './common';

export const paymentInputSchema = z.lazy(() =>
  z.object({
    clientId: z.string().min(1, 'Choose a client'),
    invoiceId: z.string().optional(),
    projectId: z.string().optional(),
    date: isoDateSchema,
    /** Gross amount the client paid, in the payment currency. */
    amountMinor: minorUnitsSchema.refine((v) => v > 0, 'Must be more than zero'),
    /** Platform or processor fee withheld, same currency. */
    feeMinor: nonNegativeMinorSchema,
    currency: currencyCodeSchema,
    /** The amount in the base currency at the rate recorded below. */
    baseAmountMinor: minorUnitsSchema,
    baseCurrency: currencyCodeSchema,
    /** Base currency units per payment currency unit, as entered. */
    exchangeRate: z.number().positive('Must be more than zero'),
    method: z.enum(['bank', 'card', 'paypal', 'platform', 'cash', 'other']),
    source: z.enum(['manual', 'import', 'demo']),
    reference: optionalText(200),
    importKey: z.string().optional(),
    importId: z.string().optional(),
  }),
);

export type PaymentInput = z.infer<typeof paymentInputSchema>;
export type Payment = RecordMeta & PaymentInput;
