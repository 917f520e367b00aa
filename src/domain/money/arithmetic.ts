import { divideRoundHalfAwayFromZero } from './rounding';
import { assertSafeMinor, safeMinorFromBigInt } from './safe-range';

/** Quantities are kept in thousandths (1.5 hours is 1500), so a price times a quantity never needs a float. */
export const QUANTITY_SCALE = 1000n;
/** Percentages are kept in basis points: 1900 is 19 %. */
export const BASIS_POINTS_SCALE = 10_000n;

function assertWholeNumber(value: number, operation: string, what: string): void {
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`${operation}: ${what} must be a whole number within ±${Number.MAX_SAFE_INTEGER}, got ${value}`);
  }
}

/**
 * The amount for a quantity (in thousandths) at a unit price: round-half-up(unit price × quantity / 1000), where
 * halves of negative amounts round away from zero. Exact: the product is formed in BigInt before rounding.
 */
export function multiplyByQuantity(unitPriceMinor: number, quantityMilli: number): number {
  const operation = 'multiplyByQuantity';
  assertSafeMinor(unitPriceMinor, operation, 'unit price');
  assertWholeNumber(quantityMilli, operation, 'quantity in thousandths');
  const exact = divideRoundHalfAwayFromZero(BigInt(unitPriceMinor) * BigInt(quantityMilli), QUANTITY_SCALE);
  return safeMinorFromBigInt(exact, operation);
}

/** A percentage of an amount, for tax and discounts: round-half-up(amount × basis points / 10 000), halves away from zero. */
export function percentOfMinor(amountMinor: number, basisPoints: number): number {
  const operation = 'percentOfMinor';
  assertSafeMinor(amountMinor, operation);
  assertWholeNumber(basisPoints, operation, 'basis points');
  const exact = divideRoundHalfAwayFromZero(BigInt(amountMinor) * BigInt(basisPoints), BASIS_POINTS_SCALE);
  return safeMinorFromBigInt(exact, operation);
}

/** The exact sum of amounts in one currency; throws if the total would leave the safe range. */
export function sumMinor(amounts: readonly number[]): number {
  const operation = 'sumMinor';
  let total = 0n;
  for (const amount of amounts) {
    assertSafeMinor(amount, operation);
    total += BigInt(amount);
  }
  return safeMinorFromBigInt(total, operation);
}
