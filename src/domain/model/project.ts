import { z } from 'zod';
import { currencyCodeSchema, isoDateSchema, nonNegativeMinorSchema, optionalText, type RecordMeta } from './common';

export const projectBillingSchema = z.lazy(() =>
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('hourly'), rateMinor: nonNegativeMinorSchema }),
    z.object({ kind: z.literal('fixed'), amountMinor: nonNegativeMinorSchema }),
    z.object({ kind: z.literal('nonBillable') }),
  ]),
);
export type ProjectBilling = z.infer<typeof projectBillingSchema>;

export const projectStatusSchema = z.enum(['active', 'paused', 'completed', 'cancelled']);
export type ProjectStatus = z.infer<typeof projectStatusSchema>;

/**
 * Why a contract ended, which decides how it counts for job success (src/domain/reputation/job-success.ts):
 * what a client did never counts against the freelancer.
 */
export const PROJECT_END_REASONS = ['completed', 'cancelledByClientBeforeWork', 'clientUnresponsive', 'endedByMe'] as const;
export const projectEndReasonSchema = z.enum(PROJECT_END_REASONS);
export type ProjectEndReason = z.infer<typeof projectEndReasonSchema>;

export const projectPortfolioSchema = z.lazy(() =>
  z.object({
    visible: z.boolean(),
    summary: z.string().trim().max(4000),
    outcome: z.string().trim().max(4000),
    link: z.union([z.literal(''), z.url('Enter a full link, starting with https://')]).optional(),
    imageIds: z.array(z.string()).max(20),
  }),
);

export const projectInputSchema = z.lazy(() =>
  z
    .object({
      clientId: z.string().min(1, 'Choose a client'),
      proposalId: z.string().optional(),
      name: z.string().trim().min(1, 'Name is required').max(200, 'At most 200 characters'),
      description: optionalText(10000),
      billing: projectBillingSchema,
      currency: currencyCodeSchema,
      budgetHours: z.number().min(0, 'Must not be negative').max(100000).optional(),
      budgetAmountMinor: nonNegativeMinorSchema.optional(),
      startDate: isoDateSchema,
      dueDate: isoDateSchema.optional(),
      endDate: isoDateSchema.optional(),
      status: projectStatusSchema,
      endReason: projectEndReasonSchema.optional(),
      skills: z.array(z.string().trim().min(1).max(60)).max(50),
      portfolio: projectPortfolioSchema,
    })
    .refine((p) => p.endDate === undefined || p.endDate >= p.startDate, { path: ['endDate'], message: 'End date is before the start date' })
    .refine((p) => p.dueDate === undefined || p.dueDate >= p.startDate, { path: ['dueDate'], message: 'Due date is before the start date' }),
);

export type ProjectInput = z.infer<typeof projectInputSchema>;
export type Project = RecordMeta & ProjectInput;
