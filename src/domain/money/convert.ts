import { minorPerMajor } from './currency';
import { divideRoundHalfAwayFromZero } from './rounding';
import { assertSafeMinor, safeMinorFromBigInt } from './safe-range';

interface ExactRatio {
  numerator: bigint;
  denominator: bigint;
}

/**
 * A rate is recorded as the number the user typed or the bank printed, so it is read as the exact decimal its
 * shortest round-trip spelling shows (1.0842 is 10842/10000), not as the binary fraction a double really holds.
 */
function exactDecimalOfRate(rate: number, operation: string): ExactRatio {
  if (!Number.isFinite(rate) || rate <= 0) {
    throw new RangeError(`${operation}: the exchange rate must be a number more than zero, got ${rate}`);
  }
  const match = /^(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/.exec(String(rate));
  if (match === null) throw new RangeError(`${operation}: cannot read the exchange rate ${rate}`);
  const [, integerDigits = '0', fractionDigits = '', exponentText = '0'] = match;
  const scale = Number(exponentText) - fractionDigits.length;
  const digits = BigInt(integerDigits + fractionDigits);
  return scale >= 0
    ? { numerator: digits * 10n ** BigInt(scale), denominator: 1n }
    : { numerator: digits, denominator: 10n ** BigInt(-scale) };
}

/**
 * Converts an amount at a recorded rate (units of `toCurrency` per one unit of `fromCurrency`, as entered), taking
 * each currency's own number of decimals into account, rounding half up (halves away from zero) once at the end.
 */
export function convertMinor(amountMinor: number, fromCurrency: string, toCurrency: string, rate: number): number {
  const operation = 'convertMinor';
  assertSafeMinor(amountMinor, operation);
  const { numerator, denominator } = exactDecimalOfRate(rate, operation);
  const exact = divideRoundHalfAwayFromZero(
    BigInt(amountMinor) * numerator * minorPerMajor(toCurrency),
    denominator * minorPerMajor(fromCurrency),
  );
  return safeMinorFromBigInt(exact, operation);
}
