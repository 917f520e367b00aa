import { z } from 'zod';
import { tagsSchema, type RecordMeta } from './common';

export const timeEntrySourceSchema = z.enum(['timer', 'manual', 'import', 'demo']);

export const timeEntryInputSchema = z.lazy(() =>
  z
    .object({
      projectId: z.string().min(1, 'Choose a project'),
      /** Denormalised from the project so client/date range queries need one index. */
      clientId: z.string().min(1),
      start: z.number().int(),
      /** null while the timer runs: a running entry is stored, so it survives a crash. */
      end: z.number().int().nullable(),
      /** IANA zone the entry was tracked in; decides its local day. */
      timeZone: z.string().min(1),
      description: z.string().max(2000, 'At most 2000 characters'),
      billable: z.boolean(),
      tags: tagsSchema,
      invoiceId: z.string().optional(),
      source: timeEntrySourceSchema,
      importKey: z.string().optional(),
      importId: z.string().optional(),
    })
    .refine((e) => e.end === null || e.end >= e.start, { path: ['end'], message: 'End is before the start' }),
);

export type TimeEntryInput = z.infer<typeof timeEntryInputSchema>;
export interface TimeEntry extends RecordMeta, TimeEntryInput {
  /** 1 only while running; absent otherwise, so its index holds just the running entry. */
  running?: 1;
}
