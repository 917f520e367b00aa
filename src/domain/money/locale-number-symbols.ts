/** The characters a locale writes numbers and a currency with, read from Intl so no locale table is kept here. */
export interface LocaleNumberSymbols {
  decimal: string;
  group: string;
  minusSign: string;
  /** The locale's ten digits, zero first (Latin 0–9 for most locales, others for e.g. ar-EG or fa). */
  digits: readonly string[];
}

const symbolsCache = new Map<string, LocaleNumberSymbols>();
const currencyMarkersCache = new Map<string, readonly string[]>();

function partValue(parts: readonly Intl.NumberFormatPart[], type: Intl.NumberFormatPartTypes, fallback: string): string {
  return parts.find((part) => part.type === type)?.value ?? fallback;
}

export function localeNumberSymbols(locale: string): LocaleNumberSymbols {
  const cached = symbolsCache.get(locale);
  if (cached !== undefined) return cached;
  const parts = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, useGrouping: true }).formatToParts(-12345.6);
  const digitFormat = new Intl.NumberFormat(locale, { useGrouping: false });
  const symbols: LocaleNumberSymbols = {
    decimal: partValue(parts, 'decimal', '.'),
    group: partValue(parts, 'group', ','),
    minusSign: partValue(parts, 'minusSign', '-'),
    digits: Array.from({ length: 10 }, (_, digit) => digitFormat.format(digit)),
  };
  symbolsCache.set(locale, symbols);
  return symbols;
}

/**
 * Every way the locale may mark the currency in a typed amount: its symbol, narrow symbol and ISO code, longest
 * first so "US$" is recognised before "$".
 */
export function currencyMarkers(currency: string, locale: string): readonly string[] {
  const key = `${locale}|${currency}`;
  const cached = currencyMarkersCache.get(key);
  if (cached !== undefined) return cached;
  const displays = ['symbol', 'narrowSymbol', 'code'] as const;
  const markers = new Set<string>([currency]);
  for (const currencyDisplay of displays) {
    const parts = new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay }).formatToParts(1);
    const marker = parts.find((part) => part.type === 'currency')?.value;
    if (marker !== undefined && marker.length > 0) markers.add(marker);
  }
  const sorted = [...markers].sort((a, b) => b.length - a.length);
  currencyMarkersCache.set(key, sorted);
  return sorted;
}
