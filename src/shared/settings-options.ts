import type { SelectOption } from '../ui/Field';
import { documentLanguageName } from '../domain/invoices/document-language';
import { DOCUMENT_LANGUAGES } from '../domain/model';

/** Currencies freelancers bill in most often; shown first so nobody scrolls through 160 codes. */
const COMMON_CURRENCIES = ['EUR', 'USD', 'GBP', 'CHF', 'CAD', 'AUD', 'NZD', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'JPY', 'INR', 'BRL', 'MXN', 'ZAR', 'SGD', 'AED'];

export const LOCALE_SUGGESTIONS = ['en-US', 'en-GB', 'en-IE', 'en-CA', 'en-AU', 'en-IN', 'de-DE', 'de-AT', 'de-CH', 'fr-FR', 'fr-CA', 'es-ES', 'es-MX', 'it-IT', 'nl-NL', 'pt-PT', 'pt-BR', 'pl-PL', 'sv-SE', 'da-DK', 'nb-NO', 'fi-FI', 'cs-CZ', 'ja-JP', 'zh-CN'];

function displayNames(locale: string, type: 'currency' | 'language'): Intl.DisplayNames {
  try {
    return new Intl.DisplayNames([locale, 'en'], { type });
  } catch {
    return new Intl.DisplayNames(['en'], { type });
  }
}

/** Common currencies first, then every code the platform knows; the current value is always an option. */
export function currencyOptions(locale: string, current: string): { common: SelectOption[]; all: SelectOption[] } {
  const names = displayNames(locale, 'currency');
  const option = (code: string): SelectOption => ({ value: code, label: `${code} — ${names.of(code) ?? code}` });
  const common = COMMON_CURRENCIES.map(option);
  const commonSet = new Set(COMMON_CURRENCIES);
  const rest = Intl.supportedValuesOf('currency').filter((code) => !commonSet.has(code));
  if (current !== '' && !commonSet.has(current) && !rest.includes(current)) rest.push(current);
  return { common, all: rest.sort().map(option) };
}

export function localeSuggestions(displayLocale: string): SelectOption[] {
  const names = displayNames(displayLocale, 'language');
  return LOCALE_SUGGESTIONS.map((tag) => ({ value: tag, label: names.of(tag) ?? tag }));
}

function utcOffsetLabel(timeZone: string, at: Date): string {
  try {
    const part = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
      .formatToParts(at)
      .find((candidate) => candidate.type === 'timeZoneName');
    return part === undefined ? '' : part.value.replace('GMT', 'UTC').replace(/^UTC$/, 'UTC±00:00');
  } catch {
    return '';
  }
}

/** Every IANA zone the platform knows, labelled with today's offset; the current value is always an option. */
export function timeZoneOptions(current: string, at: Date = new Date()): SelectOption[] {
  const zones = Intl.supportedValuesOf('timeZone');
  if (current !== '' && !zones.includes(current)) zones.push(current);
  return zones.sort().map((zone) => {
    const offset = utcOffsetLabel(zone, at);
    const name = zone.replaceAll('_', ' ');
    return { value: zone, label: offset === '' ? name : `${name} (${offset})` };
  });
}

export const WEEK_START_OPTIONS: readonly SelectOption[] = [
  { value: '1', label: 'Monday' },
  { value: '0', label: 'Sunday' },
  { value: '6', label: 'Saturday' },
];

export const THEME_OPTIONS: readonly SelectOption[] = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** The languages invoices can be written in, each by its English name and its own: "German (Deutsch)". */
export function documentLanguageOptions(): SelectOption[] {
  return DOCUMENT_LANGUAGES.map((language) => {
    const english = documentLanguageName(language, 'en');
    const own = documentLanguageName(language, language);
    return { value: language, label: own === english ? english : `${english} (${own})` };
  });
}
