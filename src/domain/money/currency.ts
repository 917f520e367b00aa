import { currencyCodeSchema } from '../model/common';

const exponentCache = new Map<string, number>();

/** Throws unless `currency` is a three-letter upper-case ISO 4217 code. */
export function assertCurrencyCode(currency: string): void {
  if (!currencyCodeSchema.safeParse(currency).success) {
    throw new RangeError(`"${currency}" is not a currency code; use three capital letters, such as EUR`);
  }
}

/** How many decimal places the currency's minor unit has: EUR 2, JPY 0, BHD 3 (from the runtime's ISO 4217 data). */
export function currencyExponent(currency: string): number {
  const cached = exponentCache.get(currency);
  if (cached !== undefined) return cached;
  assertCurrencyCode(currency);
  const exponent = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits;
  if (exponent === undefined) throw new RangeError(`No minor unit is known for ${currency}`);
  exponentCache.set(currency, exponent);
  return exponent;
}

/** Minor units in one major unit, as a BigInt: 100n for EUR, 1n for JPY, 1000n for BHD. */
export function minorPerMajor(currency: string): bigint {
  return 10n ** BigInt(currencyExponent(currency));
}
