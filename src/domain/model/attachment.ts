import { z } from 'zod';
import type { RecordMeta } from './common';

export const attachmentInputSchema = z.lazy(() =>
  z.object({
    ownerId: z.string().min(1),
    name: z.string().trim().min(1).max(255),
    mime: z.string().regex(/^[\w.+-]+\/[\w.+-]+$/, 'Unknown file type'),
    blob: z.instanceof(Blob),
  }),
);

export type AttachmentInput = z.infer<typeof attachmentInputSchema>;
export type Attachment = RecordMeta & AttachmentInput;
