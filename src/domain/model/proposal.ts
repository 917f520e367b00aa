import { z } from 'zod';
import { currencyCodeSchema, nonNegativeMinorSchema, optionalText, platformSchema, type RecordMeta } from './common';

export const proposalStatusSchema = z.enum(['draft', 'submitted', 'viewed', 'interviewing', 'offer', 'won', 'lost', 'withdrawn']);
export type ProposalStatus = z.infer<typeof proposalStatusSchema>;

export const proposalBidSchema = z.lazy(() =>
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('hourly'), rateMinor: nonNegativeMinorSchema }),
    z.object({ kind: z.literal('fixed'), amountMinor: nonNegativeMinorSchema }),
  ]),
);

export const prospectSchema = z.lazy(() =>
  z.object({
    name: z.string().trim().min(1, 'Prospect name is required').max(200),
    company: optionalText(200),
    email: z.union([z.literal(''), z.email('Enter a valid email address')]).optional(),
  }),
);

export const proposalInputSchema = z.lazy(() =>
  z
    .object({
      clientId: z.string().optional(),
      prospect: prospectSchema.optional(),
      title: z.string().trim().min(1, 'Title is required').max(300),
      platform: platformSchema,
      jobUrl: z.union([z.literal(''), z.url('Enter a full link, starting with https://')]).optional(),
      jobText: z.string().max(50000),
      bid: proposalBidSchema,
      currency: currencyCodeSchema,
      estimatedHours: z.number().min(0, 'Must not be negative').optional(),
      connectsSpent: z.number().int().min(0, 'Must not be negative'),
      connectsCostMinor: nonNegativeMinorSchema,
      coverLetter: z.string().max(50000),
      status: proposalStatusSchema,
      statusHistory: z.array(z.object({ status: proposalStatusSchema, at: z.number().int() })),
      submittedAt: z.number().int().optional(),
      decidedAt: z.number().int().optional(),
      projectId: z.string().optional(),
      lostReason: optionalText(1000),
    })
    .refine((p) => p.clientId !== undefined || p.prospect !== undefined, { path: ['clientId'], message: 'Choose a client or name a prospect' }),
);

export type ProposalInput = z.infer<typeof proposalInputSchema>;
export type Proposal = RecordMeta & ProposalInput;
