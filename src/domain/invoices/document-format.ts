import type { InvoiceLine } from '../model';
import { parseDayKey } from '../time/local-calendar';

/** A calendar day as the locale writes it in full: "1 March 2026", "1. März 2026", "2026年3月1日". */
export function formatDocumentDate(dayKey: string, locale: string): string {
  const { year, month, dayOfMonth } = parseDayKey(dayKey);
  // The key names a calendar day, not an instant: format it in UTC so no zone can move it to the day before.
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, dayOfMonth));
}

function isDecimalLiteral(text: string): text is `${number}` {
  return /^-?\d+(?:\.\d+)?$/.test(text);
}

/** A decimal string Intl formats exactly, with no float in between. */
function asDecimal(text: string): `${number}` {
  if (!isDecimalLiteral(text)) throw new RangeError(`Cannot format ${text} as a number`);
  return text;
}

/** Thousandths as an exact decimal string: "12.5", "-0.25", "3". */
function decimalFromMilli(quantityMilli: number): `${number}` {
  const sign = quantityMilli < 0 ? '-' : '';
  const magnitude = Math.abs(quantityMilli);
  const whole = Math.floor(magnitude / 1000);
  const fraction = String(magnitude % 1000).padStart(3, '0').replace(/0+$/, '');
  return asDecimal(fraction === '' ? `${sign}${whole}` : `${sign}${whole}.${fraction}`);
}

/**
 * A line's quantity with its unit in the locale's words: "12.50 hours", "2 Tage", "3" for items. Hours show at least
 * two decimals, so a column of them lines up as timesheets write them; the third shows only when it is there.
 */
export function formatQuantity(quantityMilli: number, unit: InvoiceLine['unit'], locale: string): string {
  const decimal = decimalFromMilli(quantityMilli);
  if (unit === 'item') return new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }).format(decimal);
  const minimumFractionDigits = unit === 'hour' ? 2 : 0;
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long', minimumFractionDigits, maximumFractionDigits: 3 }).format(decimal);
}

/** A tax rate in basis points as the locale writes a percentage: "19%", "19 %", "7.25%". */
export function formatTaxRate(basisPoints: number, locale: string): string {
  const whole = Math.floor(basisPoints / 10_000);
  const fraction = String(basisPoints % 10_000).padStart(4, '0');
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(asDecimal(`${whole}.${fraction}`));
}

/** The country's name in the locale ("Germany", "Deutschland"), or the code itself where the runtime knows none. */
export function countryName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
