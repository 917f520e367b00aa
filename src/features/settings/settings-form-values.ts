import { DOCUMENT_LANGUAGES, type Settings, type SettingsInput, type ThemePreference, type WeekStart } from '../../domain/model';
import type { FieldErrors } from '../../db/repositories/write-result';
import { TIME_TRACKING_FIELD_PATHS, TIME_TRACKING_FIELDS, timeTrackingValuesFromSettings, type TimeTrackingFormValues } from './time-tracking-values';

/** The Settings form as the inputs hold it: every value a string. */
export interface SettingsFormValues extends TimeTrackingFormValues {
  businessName: string;
  address: string;
  email: string;
  taxId: string;
  paymentInstructions: string;
  baseCurrency: string;
  locale: string;
  documentLanguage: string;
  timeZone: string;
  weekStartsOn: string;
  theme: string;
}

export type SettingsFormField = keyof SettingsFormValues;

/** Which stored setting each input edits, as the dotted path saveSettings reports errors under. */
export const SETTINGS_FIELD_PATHS: Record<SettingsFormField, string> = {
  businessName: 'business.name',
  address: 'business.address',
  email: 'business.email',
  taxId: 'business.taxId',
  paymentInstructions: 'business.paymentInstructions',
  baseCurrency: 'baseCurrency',
  locale: 'locale',
  documentLanguage: 'documentLanguage',
  timeZone: 'timeZone',
  weekStartsOn: 'weekStartsOn',
  theme: 'theme',
  ...TIME_TRACKING_FIELD_PATHS,
};

export function formValuesFromSettings(settings: Settings): SettingsFormValues {
  return {
    businessName: settings.business.name,
    address: settings.business.address,
    email: settings.business.email,
    taxId: settings.business.taxId,
    paymentInstructions: settings.business.paymentInstructions,
    baseCurrency: settings.baseCurrency,
    locale: settings.locale,
    documentLanguage: settings.documentLanguage,
    timeZone: settings.timeZone,
    weekStartsOn: String(settings.weekStartsOn),
    theme: settings.theme,
    ...timeTrackingValuesFromSettings(settings),
  };
}

function parseWeekStart(value: string): WeekStart | undefined {
  if (value === '0') return 0;
  if (value === '1') return 1;
  if (value === '6') return 6;
  return undefined;
}

function parseTheme(value: string): ThemePreference | undefined {
  return value === 'system' || value === 'light' || value === 'dark' ? value : undefined;
}

/**
 * The patch to save for the business, region and appearance fields (readTimeTracking reads the rest). Select values
 * that are not among their options are left out (the stored value stays); the schema behind saveSettings judges
 * everything else.
 */
export function settingsPatchFromForm(values: SettingsFormValues): Partial<SettingsInput> {
  const weekStartsOn = parseWeekStart(values.weekStartsOn);
  const theme = parseTheme(values.theme);
  const documentLanguage = DOCUMENT_LANGUAGES.find((language) => language === values.documentLanguage);
  return {
    business: {
      name: values.businessName,
      address: values.address,
      email: values.email.trim(),
      taxId: values.taxId,
      paymentInstructions: values.paymentInstructions,
    },
    baseCurrency: values.baseCurrency.trim().toUpperCase(),
    locale: values.locale.trim(),
    ...(documentLanguage === undefined ? {} : { documentLanguage }),
    timeZone: values.timeZone,
    ...(weekStartsOn === undefined ? {} : { weekStartsOn }),
    ...(theme === undefined ? {} : { theme }),
  };
}

const SETTINGS_FORM_FIELDS: readonly SettingsFormField[] = [
  'businessName',
  'address',
  'email',
  'taxId',
  'paymentInstructions',
  'baseCurrency',
  'locale',
  'documentLanguage',
  'timeZone',
  'weekStartsOn',
  'theme',
  ...TIME_TRACKING_FIELDS,
];

/** Sorts saveSettings' errors onto the inputs; messages about anything else are returned separately. */
export function splitSettingsErrors(errors: FieldErrors): { byField: Partial<Record<SettingsFormField, string>>; other: string[] } {
  const byField: Partial<Record<SettingsFormField, string>> = {};
  const claimed = new Set<string>();
  for (const field of SETTINGS_FORM_FIELDS) {
    const path = SETTINGS_FIELD_PATHS[field];
    const message = errors[path];
    if (message !== undefined) {
      byField[field] = message;
      claimed.add(path);
    }
  }
  const other = Object.entries(errors).flatMap(([path, message]) => {
    if (claimed.has(path) || message === undefined) return [];
    return [path === '' ? message : `${path}: ${message}`];
  });
  return { byField, other };
}
