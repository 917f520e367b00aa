import { isKnownCurrencyCode } from '../domain/clients/client-codes';
import { formatMinorAsDecimal, parseMoney } from '../domain/money';
import { localeNumberSymbols } from '../domain/money/locale-number-symbols';
import { readTypedDecimal, typedDecimalValue } from './typed-number';

/**
 * What a form field's text says: nothing typed, a value, a message to show under the field, or (for amounts) that it
 * cannot be read until the currency it is in is known.
 */
export type FieldReading<T> = { kind: 'empty' } | { kind: 'value'; value: T } | { kind: 'error'; message: string } | { kind: 'pending' };

function isDecimalLiteral(text: string): text is `${number}` {
  return /^-?\d+(?:\.\d+)?$/.test(text);
}

/**
 * An amount as a person edits it in their locale: "95,00" in de-DE, "95.00" in en-US, no grouping, so what the
 * input shows reads back through parseMoney unchanged.
 */
export function formatAmountForInput(amountMinor: number, currency: string, locale: string): string {
  const decimal = formatMinorAsDecimal(amountMinor, currency);
  if (!isDecimalLiteral(decimal)) return decimal;
  const fractionDigits = decimal.includes('.') ? (decimal.split('.')[1]?.length ?? 0) : 0;
  return new Intl.NumberFormat(locale, { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits, useGrouping: false }).format(decimal);
}

/**
 * Reads a typed amount with parseMoney. Under a currency the app cannot format yet the amount stays unread
 * ('pending'): the currency (or the client it comes from) carries the message, and the amount is read once it is fixed.
 */
export function readAmount(text: string, currency: string, locale: string): FieldReading<number> {
  if (text.trim() === '') return { kind: 'empty' };
  if (!isKnownCurrencyCode(currency)) return { kind: 'pending' };
  const parsed = parseMoney(text, currency, locale);
  return parsed.ok ? { kind: 'value', value: parsed.amountMinor } : { kind: 'error', message: parsed.error };
}

/** Hours as typed, "40", "12.5" or "12,5" where a comma is the decimal sign; a minus is left for the rules to refuse. */
export function readHours(text: string, locale: string): FieldReading<number> {
  const reading = readTypedDecimal(text, locale);
  if (reading.kind === 'empty') return { kind: 'empty' };
  if (reading.kind === 'invalid') return { kind: 'error', message: `Enter hours as a number, such as 40 or 12${localeNumberSymbols(locale).decimal}5` };
  return { kind: 'value', value: typedDecimalValue(reading) };
}

/** Hours for the input, in the locale's decimal sign, without trailing zeros. */
export function formatHoursForInput(hours: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 3, useGrouping: false }).format(hours);
}

/** A whole number of days; a minus is left for the rules to refuse, with their message. */
export function readWholeDays(text: string): FieldReading<number> {
  // Days are typed without separators in every locale, so the reading does not depend on one.
  const reading = readTypedDecimal(text, 'en-US');
  if (reading.kind === 'empty') return { kind: 'empty' };
  if (reading.kind === 'invalid' || reading.fraction !== '' || reading.whole.length > 6) return { kind: 'error', message: 'Enter a whole number of days, such as 14' };
  return { kind: 'value', value: typedDecimalValue(reading) };
}
