import { z } from 'zod';
import { checkAccelerator } from '../settings/accelerator';
import { currencyCodeSchema, documentLanguageSchema, nonNegativeMinorSchema, roundingRuleSchema } from './common';

export const themePreferenceSchema = z.enum(['system', 'light', 'dark']);
export type ThemePreference = z.infer<typeof themePreferenceSchema>;

export const weekStartSchema = z.union([z.literal(0), z.literal(1), z.literal(6)]);
export type WeekStart = z.infer<typeof weekStartSchema>;

const emptyOrEmail = z.lazy(() => z.union([z.literal(''), z.email('Enter a valid email address, like name@example.com')]));

export const businessIdentitySchema = z.lazy(() =>
  z.object({
    name: z.string().trim().max(200, 'At most 200 characters'),
    address: z.string().trim().max(1000, 'At most 1000 characters'),
    email: emptyOrEmail,
    taxId: z.string().trim().max(50, 'At most 50 characters'),
    paymentInstructions: z.string().trim().max(2000, 'At most 2000 characters'),
  }),
);
export type BusinessIdentity = z.infer<typeof businessIdentitySchema>;

export const portfolioProfileSchema = z.lazy(() =>
  z.object({
    headline: z.string().trim().max(200),
    summary: z.string().trim().max(4000),
    links: z.array(z.object({ label: z.string().trim().max(100), url: z.url() })).max(20),
  }),
);

export const reminderScheduleSchema = z.lazy(() =>
  z.object({
    enabled: z.boolean(),
    /** Local working hours as minutes after midnight. */
    startMinute: z.number().int().min(0).max(1439),
    endMinute: z.number().int().min(1).max(1440),
    /** 0 = Sunday … 6 = Saturday. */
    days: z.array(z.number().int().min(0).max(6)).max(7),
    longTimerHours: z.number().int().min(1).max(24),
  }),
);

/** A global shortcut in Electron's accelerator syntax, stored canonical; empty means none. */
export const timerShortcutSchema = z.lazy(() =>
  z.string().transform((text, context) => {
    const checked = checkAccelerator(text);
    if (checked.ok) return checked.accelerator;
    context.addIssue({ code: 'custom', message: checked.error });
    return z.NEVER;
  }),
);

export const signingKeySchema = z.lazy(() =>
  z.object({
    publicKeyHex: z.string().regex(/^[0-9a-f]{64}$/),
    privateKeyHex: z.string().regex(/^[0-9a-f]{64}$/),
    createdAt: z.number().int(),
  }),
);

/** The bar a week must clear to count as "top rated" on the Reputation screen; the freelancer sees and may change it. */
export const topRatedBarSchema = z.lazy(() =>
  z.object({
    minScore: z.number().int('Use a whole number').min(0, 'At least 0').max(100, 'At most 100'),
    /** Earned over the 12 months before the week's end, in base currency minor units. */
    minEarnedBaseMinor: nonNegativeMinorSchema,
    /** No contract that closed with poor feedback within this many days before the week's end. */
    noPoorFeedbackDays: z.number().int('Use whole days').min(0, 'Must not be negative').max(730, 'At most 730 days'),
  }),
);
export type TopRatedBar = z.infer<typeof topRatedBarSchema>;

export const settingsSchema = z.lazy(() =>
  z.object({
    business: businessIdentitySchema,
    baseCurrency: currencyCodeSchema,
    locale: z
      .string()
      .trim()
      .refine((tag) => {
        try {
          return Intl.getCanonicalLocales(tag).length === 1;
        } catch {
          return false;
        }
      }, 'Use a language tag such as en-GB or de-DE'),
    /** The language of invoices and credit notes for clients that have no language of their own. */
    documentLanguage: documentLanguageSchema,
    timeZone: z.string().refine((zone) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: zone });
        return true;
      } catch {
        return false;
      }
    }, 'Unknown time zone; use an IANA name such as Europe/Berlin'),
    weekStartsOn: weekStartSchema,
    theme: themePreferenceSchema,
    /** Tokens: {YYYY}, {YY}, {MM}, {seq:N} (sequence padded to N digits). */
    invoiceNumberFormat: z
      .string()
      .trim()
      .min(1, 'Required')
      .max(40)
      .refine((f) => f.includes('{seq'), 'Must contain {seq} or {seq:N}'),
    nextInvoiceSequence: z.number().int().min(1),
    defaultPaymentTermsDays: z.number().int().min(0, 'Must not be negative').max(365, 'At most 365 days'),
    idleThresholdMinutes: z.number().int().min(1).max(240),
    reminders: reminderScheduleSchema,
    defaultRounding: roundingRuleSchema,
    /** Starts or stops the timer from any app (desktop only). */
    timerShortcut: timerShortcutSchema,
    portfolioProfile: portfolioProfileSchema,
    signingKey: signingKeySchema.optional(),
    /** Absent until changed: the Reputation screen then uses DEFAULT_TOP_RATED_BAR (src/domain/reputation). */
    topRatedBar: topRatedBarSchema.optional(),
  }),
);

export type SettingsInput = z.infer<typeof settingsSchema>;
export const SETTINGS_ID = 'settings';
export interface Settings extends SettingsInput {
  id: typeof SETTINGS_ID;
  createdAt: number;
  updatedAt: number;
}
