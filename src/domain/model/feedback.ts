import { z } from 'zod';
import { isoDateSchema, optionalText, type RecordMeta } from './common';

/** Ratings in tenths of a star: 10 (1.0) to 50 (5.0). */
export const ratingTenthsSchema = z.number().int('Use tenths of a star').min(10, 'At least 1.0').max(50, 'At most 5.0');

/** The sources a person picks from; the others mark how older records came in. */
export const FEEDBACK_SOURCES = ['upwork', 'fiverr', 'email', 'direct', 'other'] as const;
export const feedbackSourceSchema = z.enum([...FEEDBACK_SOURCES, 'manual', 'import', 'demo']);
export type FeedbackSource = z.infer<typeof feedbackSourceSchema>;

export const feedbackInputSchema = z.lazy(() =>
  z.object({
    projectId: z.string().min(1, 'Choose a project'),
    clientId: z.string().min(1),
    date: isoDateSchema,
    ratingTenths: ratingTenthsSchema,
    subScores: z.object({
      skills: ratingTenthsSchema.optional(),
      quality: ratingTenthsSchema.optional(),
      availability: ratingTenthsSchema.optional(),
      deadlines: ratingTenthsSchema.optional(),
      communication: ratingTenthsSchema.optional(),
      cooperation: ratingTenthsSchema.optional(),
    }),
    comment: z.string().max(10000, 'At most 10000 characters'),
    /** The client allowed quoting this in proposals and the portfolio. */
    canQuote: z.boolean(),
    /** Where the feedback was given. 'manual', 'import' and 'demo' are kept for records written before sources were chosen. */
    source: feedbackSourceSchema,
    /** For the freelancer alone: never exported, never inserted into a proposal or the portfolio. */
    privateNote: optionalText(4000),
    importKey: z.string().optional(),
    importId: z.string().optional(),
  }),
);

export type FeedbackInput = z.infer<typeof feedbackInputSchema>;
export type Feedback = RecordMeta & FeedbackInput;
