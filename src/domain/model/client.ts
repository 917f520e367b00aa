import { z } from 'zod';
import { currencyCodeSchema, documentLanguageSchema, nonNegativeMinorSchema, optionalText, platformSchema, roundingRuleSchema, tagsSchema, type RecordMeta } from './common';

export const clientInputSchema = z.lazy(() =>
  z
    .object({
      name: z.string().trim().min(1, 'Name is required').max(200, 'At most 200 characters'),
      email: z.union([z.literal(''), z.email('Enter a valid email address, like name@example.com')]).optional(),
      company: optionalText(200),
      address: optionalText(1000),
      /** ISO 3166-1 alpha-2. */
      country: z.string().regex(/^[A-Z]{2}$/, 'Use a two-letter country code, such as DE or US').optional(),
      taxId: optionalText(50),
      /** The language of this client's invoices; Settings' document language when absent. */
      documentLanguage: documentLanguageSchema.optional(),
      currency: currencyCodeSchema,
      /** Minor units per hour. */
      defaultRateMinor: nonNegativeMinorSchema.optional(),
      paymentTermsDays: z.number().int().min(0, 'Must not be negative').max(365, 'At most 365 days'),
      rounding: roundingRuleSchema.optional(),
      platform: platformSchema,
      industry: optionalText(100),
      /** Under NDA: never shown by name, email or address in anything meant for others. */
      confidential: z.boolean(),
      publicAlias: optionalText(200),
      notes: optionalText(10000),
      tags: tagsSchema,
      archivedAt: z.number().int().optional(),
    })
    .refine((c) => !c.confidential || (c.publicAlias !== undefined && c.publicAlias.length > 0), {
      path: ['publicAlias'],
      message: 'A confidential client needs a public alias',
    }),
);

export type ClientInput = z.infer<typeof clientInputSchema>;
export type Client = RecordMeta & ClientInput;
