import { z } from 'zod';
import { isoDateSchema, type RecordMeta } from './common';

export const credentialInputSchema = z.lazy(() =>
  z
    .object({
      name: z.string().trim().min(1, 'Name is required').max(200),
      issuer: z.string().trim().min(1, 'Issuer is required').max(200),
      date: isoDateSchema,
      expires: isoDateSchema.optional(),
      url: z.union([z.literal(''), z.url('Enter a full link, starting with https://')]).optional(),
      skills: z.array(z.string().trim().min(1).max(60)).max(50),
    })
    .refine((c) => c.expires === undefined || c.expires >= c.date, { path: ['expires'], message: 'Expires before it was issued' }),
);

export type CredentialInput = z.infer<typeof credentialInputSchema>;
export type Credential = RecordMeta & CredentialInput;
