import type { SettingsInput } from '../model';
import { defaultDocumentLanguage } from '../invoices/document-language';
import { DEFAULT_TIMER_SHORTCUT } from './accelerator';

export interface SettingsEnvironment {
  locale: string;
  timeZone: string;
}

const MINUTES_PER_HOUR = 60;

/**
 * What a fresh install starts with: the machine's locale and zone, invoices in its language where they can be, euros, weeks from Monday, the system theme,
 * numbers like 2026-0001, two weeks to pay, working-hour reminders switched off until the user asks, and
 * Ctrl/Cmd+Shift+T to start or stop the timer from anywhere.
 */
export function defaultSettings(environment: SettingsEnvironment): SettingsInput {
  return {
    business: { name: '', address: '', email: '', taxId: '', paymentInstructions: '' },
    baseCurrency: 'EUR',
    locale: environment.locale,
    documentLanguage: defaultDocumentLanguage(environment.locale),
    timeZone: environment.timeZone,
    weekStartsOn: 1,
    theme: 'system',
    invoiceNumberFormat: '{YYYY}-{seq:4}',
    nextInvoiceSequence: 1,
    defaultPaymentTermsDays: 14,
    idleThresholdMinutes: 10,
    reminders: {
      enabled: false,
      startMinute: 9 * MINUTES_PER_HOUR,
      endMinute: 18 * MINUTES_PER_HOUR,
      days: [1, 2, 3, 4, 5],
      longTimerHours: 8,
    },
    defaultRounding: { mode: 'none' },
    timerShortcut: DEFAULT_TIMER_SHORTCUT,
    portfolioProfile: { headline: '', summary: '', links: [] },
  };
}
