import { currencyExponent } from '../money/currency';
import { isoDateSchema } from '../model/common';

export type FieldResult<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): FieldResult<T> => ({ ok: true, value });
const fail = <T>(message: string): FieldResult<T> => ({ ok: false, message });

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function isoDate(year: number, month: number, day: number, text: string): FieldResult<string> {
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isoDateSchema.safeParse(iso).success ? ok(iso) : fail(`"${text}" is not a date that exists`);
}

/** The two numbers of a slashed date, for deciding the date order of a whole file. */
export function slashedDateParts(text: string): [number, number] | undefined {
  const match = /^(\d{1,2})\/(\d{1,2})\/\d{4}$/.exec(text.trim());
  return match === null ? undefined : [Number(match[1]), Number(match[2])];
}

/**
 * Dates as exports write them: 2024-03-04, 03/04/2024 (in the given order), 04.03.2024 (always day first), and
 * "Mar 4, 2024".
 */
export function parseExportDate(text: string, dateOrder: 'DMY' | 'MDY'): FieldResult<string> {
  const value = text.trim();
  if (value === '') return fail('The date is empty');
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  if (match !== null) return isoDate(Number(match[1]), Number(match[2]), Number(match[3]), value);
  match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  if (match !== null) {
    const [first, second, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
    return dateOrder === 'DMY' ? isoDate(year, second, first, value) : isoDate(year, first, second, value);
  }
  match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
  if (match !== null) return isoDate(Number(match[3]), Number(match[2]), Number(match[1]), value);
  match = /^([A-Za-z]{3})[a-z]*\.? (\d{1,2}), (\d{4})$/.exec(value);
  const month = match === null ? -1 : MONTHS.indexOf((match[1] ?? '').toLowerCase());
  if (match !== null && month >= 0) return isoDate(Number(match[3]), month + 1, Number(match[2]), value);
  return fail(`"${value}" is not a date this importer can read; expected a date like 2024-03-04`);
}

/** A wall-clock time as seconds after midnight: 09:00, 09:00:00, 9:05 AM, 02:02:37 PM. */
export function parseExportTime(text: string): FieldResult<number> {
  const value = text.trim();
  const match = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?$/.exec(value);
  if (match === null) return fail(value === '' ? 'The time is empty' : `"${value}" is not a time of day`);
  let hours = Number(match[1]);
  const minutes = Number(match[2]);
  const seconds = Number(match[3] ?? '0');
  const meridiem = match[4]?.toUpperCase();
  if (meridiem !== undefined) {
    if (hours < 1 || hours > 12) return fail(`"${value}" is not a time of day`);
    hours = (hours % 12) + (meridiem === 'PM' ? 12 : 0);
  }
  if (hours > 23 || minutes > 59 || seconds > 59) return fail(`"${value}" is not a time of day`);
  return ok(hours * 3600 + minutes * 60 + seconds);
}

/** A printed duration in ms: 02:30:00, 26:15:00, 0:13 (hours and minutes), "18:25 min", or undefined if unreadable. */
export function parseExportDuration(text: string): number | undefined {
  const value = text.trim();
  let match = /^(\d+):(\d{2}):(\d{2})$/.exec(value);
  if (match !== null) return ((Number(match[1]) * 60 + Number(match[2])) * 60 + Number(match[3])) * 1000;
  match = /^(\d+):(\d{2}) ?min$/.exec(value);
  if (match !== null) return (Number(match[1]) * 60 + Number(match[2])) * 1000;
  match = /^(\d+):(\d{2})$/.exec(value);
  if (match !== null) return (Number(match[1]) * 60 + Number(match[2])) * 60_000;
  return undefined;
}

/**
 * A decimal number as an exact integer scaled by 10^decimals, so money never passes through a float. Reads 1.5,
 * "7,5" and "2.000,0" (decimal comma accounts), 1,234.50 and -19.99; `decimalComma` says how to read a lone comma.
 */
export function parseScaledDecimal(text: string, decimals: number, decimalComma: boolean): FieldResult<number> {
  const value = text.trim().replace(/^\$/, '').replace(/\s/g, '');
  if (!/^[+-]?[\d.,]+$/.test(value) || !/\d/.test(value)) return fail(`"${text.trim()}" is not a number`);
  const negative = value.startsWith('-');
  const unsigned = value.replace(/^[+-]/, '');
  const lastComma = unsigned.lastIndexOf(',');
  const lastDot = unsigned.lastIndexOf('.');
  let separator: ',' | '.' | undefined;
  if (lastComma >= 0 && lastDot >= 0) separator = lastComma > lastDot ? ',' : '.';
  else if (lastComma >= 0) separator = decimalComma ? ',' : undefined;
  else if (lastDot >= 0) separator = unsigned.indexOf('.') === lastDot ? '.' : undefined;
  const separatorIndex = separator === undefined ? -1 : unsigned.lastIndexOf(separator);
  const whole = (separatorIndex < 0 ? unsigned : unsigned.slice(0, separatorIndex)).replace(/[.,]/g, '');
  const fraction = separatorIndex < 0 ? '' : unsigned.slice(separatorIndex + 1);
  if (fraction.length > decimals && /[1-9]/.test(fraction.slice(decimals))) {
    return fail(`"${text.trim()}" has more than ${decimals} decimal places`);
  }
  const scaled = Number(whole + fraction.slice(0, decimals).padEnd(decimals, '0'));
  if (!Number.isSafeInteger(scaled)) return fail(`"${text.trim()}" is too large`);
  return ok(negative && scaled !== 0 ? -scaled : scaled);
}

/** An amount in the currency's minor units. */
export function parseMoneyCell(text: string, currency: string, decimalComma: boolean): FieldResult<number> {
  return parseScaledDecimal(text, currencyExponent(currency), decimalComma);
}

/** Decimal hours (1.5, "7,5") in ms, exact to the thousandth of an hour. */
export function parseDecimalHours(text: string, decimalComma: boolean): FieldResult<number> {
  const thousandths = parseScaledDecimal(text, 3, decimalComma);
  if (!thousandths.ok) return thousandths;
  if (thousandths.value < 0) return fail(`"${text.trim()}" is a negative number of hours`);
  return ok(thousandths.value * 3600);
}

export function parseYesNo(text: string): FieldResult<boolean> {
  const value = text.trim().toLowerCase();
  if (['yes', 'true', '1', 'ja', 'oui', 'sí', 'si', 'はい'].includes(value)) return ok(true);
  if (['no', 'false', '0', '', 'nein', 'non', 'いいえ'].includes(value)) return ok(false);
  return fail(`"${text.trim()}" is neither Yes nor No`);
}

/** The currency code in a header such as "Amount (EUR)" or a cell such as "Euro - EUR". */
export function currencyCodeIn(text: string): string | undefined {
  const match = /\(([A-Z]{3})\)\s*$/.exec(text) ?? /(?:^|- )([A-Z]{3})\s*$/.exec(text.trim());
  return match?.[1];
}

/** Tags joined with comma and space, as Toggl and Clockify write them. */
export function splitTags(text: string): string[] {
  return text
    .split(',')
    .map((tag) => tag.trim())
    .filter((tag) => tag.length > 0)
    .map((tag) => tag.slice(0, 60))
    .slice(0, 50);
}
