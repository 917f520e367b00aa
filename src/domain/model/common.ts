import { z } from 'zod';

/** Fields every stored record carries. Instants are UTC epoch milliseconds. */
export interface RecordMeta {
  id: string;
  createdAt: number;
  updatedAt: number;
  /** Soft delete: kept for undo and future sync; list queries hide these. */
  deletedAt?: number;
}

/** What a caller supplies to create a record: everything but the bookkeeping fields. */
export type NewRecord<T extends RecordMeta> = Omit<T, keyof RecordMeta>;

export const currencyCodeSchema = z.lazy(() => z.string().regex(/^[A-Z]{3}$/, 'Use a three-letter ISO 4217 code, such as EUR or USD'));

/** A calendar date without a time of day, `YYYY-MM-DD`. */
export const isoDateSchema = z.lazy(() =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-03-31')
    .refine((value) => {
      const [year, month, day] = value.split('-').map(Number);
      if (year === undefined || month === undefined || day === undefined) return false;
      const date = new Date(Date.UTC(year, month - 1, day));
      return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
    }, 'This date does not exist'),
);

/** Integer minor units (cents, yen, fils). */
export const minorUnitsSchema = z.lazy(() => z.number().int('Amounts are whole minor units').refine(Number.isSafeInteger, 'Amount is too large'));
export const nonNegativeMinorSchema = z.lazy(() => minorUnitsSchema.refine((v) => v >= 0, 'Must not be negative'));

export const platformSchema = z.enum(['direct', 'upwork', 'fiverr', 'freelancer', 'toptal', 'other']);
export type Platform = z.infer<typeof platformSchema>;

export const roundingRuleSchema = z.lazy(() =>
  z.discriminatedUnion('mode', [
    z.object({ mode: z.literal('none') }),
    z.object({ mode: z.enum(['up', 'nearest']), minutes: z.union([z.literal(1), z.literal(6), z.literal(15), z.literal(30)]) }),
  ]),
);
export type RoundingRule = z.infer<typeof roundingRuleSchema>;

/** The languages an invoice or credit note can be written in: its words, and the language of its dates and numbers. */
export const DOCUMENT_LANGUAGES = ['en', 'de', 'fr', 'es'] as const;
export const documentLanguageSchema = z.lazy(() => z.enum(DOCUMENT_LANGUAGES, 'Choose one of the document languages'));
export type DocumentLanguage = (typeof DOCUMENT_LANGUAGES)[number];

export const tagsSchema = z.lazy(() => z.array(z.string().trim().min(1).max(60)).max(50));

export const optionalText = (max: number) => z.string().trim().max(max, `At most ${max} characters`).optional();
