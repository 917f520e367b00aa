import { z } from 'zod';
import { isoDateSchema, optionalText, type RecordMeta } from './common';

export const credentialInputSchema = z.lazy(() =>
  z
    .object({
      name: z.string().trim().min(1, 'Name is required').max(200),
      issuer: z.string().trim().min(1, 'Issuer is required').max(200),
      date: isoDateSchema,
      expires: isoDateSchema.optional(),
      url: z.union([z.literal(''), z.url('Enter a full link, starting with https://')]).optional(),
      skills: z.array(z.string().trim().min(1).max(60)).max(50),
      /** What was achieved: an Open Badge's achievement description, or the freelancer's own words. */
      description: optionalText(4000),
      /** The original credential file (an Open Badges JSON or JWT), kept as an attachment owned by this credential. */
      attachmentId: z.string().optional(),
    })
    .refine((c) => c.expires === undefined || c.expires >= c.date, { path: ['expires'], message: 'Expires before it was issued' }),
);

export type CredentialInput = z.infer<typeof credentialInputSchema>;
export type Credential = RecordMeta & CredentialInput;
