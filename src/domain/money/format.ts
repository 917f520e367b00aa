import { currencyExponent } from './currency';
import type { CurrencyAmount } from './currency-amount';
import { assertSafeMinor } from './safe-range';

const formatterCache = new Map<string, Intl.NumberFormat>();

function currencyFormatter(currency: string, locale: string): Intl.NumberFormat {
  const key = `${locale}|${currency}`;
  const cached = formatterCache.get(key);
  if (cached !== undefined) return cached;
  const exponent = currencyExponent(currency);
  const formatter = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: exponent,
    maximumFractionDigits: exponent,
  });
  formatterCache.set(key, formatter);
  return formatter;
}

/**
 * The amount as a plain decimal with the currency's own number of decimals and no grouping: "1234.50", "-0.05",
 * "1234" for JPY, "1.234" for BHD. For form inputs, CSV and JSON, where the reader must not depend on a locale.
 */
export function formatMinorAsDecimal(amountMinor: number, currency: string): string {
  assertSafeMinor(amountMinor, 'formatMinorAsDecimal');
  const exponent = currencyExponent(currency);
  const sign = amountMinor < 0 ? '-' : '';
  const digits = String(Math.abs(amountMinor)).padStart(exponent + 1, '0');
  if (exponent === 0) return `${sign}${digits}`;
  return `${sign}${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
}

function isDecimalLiteral(text: string): text is `${number}` {
  return /^-?\d+(?:\.\d+)?$/.test(text);
}

/**
 * The amount as the locale writes money: formatMoney(123450, 'EUR', 'de-DE') is "1.234,50 €". The exact decimal
 * string is handed to Intl, so even amounts near the safe limit print every minor unit correctly.
 */
export function formatMoney(amountMinor: number, currency: string, locale: string): string {
  assertSafeMinor(amountMinor, 'formatMoney');
  const decimal = formatMinorAsDecimal(amountMinor, currency);
  if (!isDecimalLiteral(decimal)) throw new RangeError(`formatMoney: cannot format ${decimal}`);
  return currencyFormatter(currency, locale).format(decimal);
}

/** Amounts in several currencies as one line, "€1,200.00, US$300.00": listed, never added up. */
export function formatMoneyAmounts(amounts: readonly CurrencyAmount[], locale: string): string {
  return amounts.map((amount) => formatMoney(amount.amountMinor, amount.currency, locale)).join(', ');
}
