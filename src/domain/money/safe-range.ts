/**
 * Amounts are integer minor units held in a JavaScript number, so the largest amount that is still exact is
 * Number.MAX_SAFE_INTEGER minor units (about 90 trillion in a two-decimal currency). Every operation that could leave
 * this range checks its result and throws a RangeError naming itself, rather than silently losing a minor unit.
 */
export const MAX_SAFE_MINOR = Number.MAX_SAFE_INTEGER;
export const MIN_SAFE_MINOR = Number.MIN_SAFE_INTEGER;

const MAX_SAFE_MINOR_BIG = BigInt(MAX_SAFE_MINOR);
const MIN_SAFE_MINOR_BIG = BigInt(MIN_SAFE_MINOR);

/** Throws unless `value` is a whole number of minor units inside the safe range. */
export function assertSafeMinor(value: number, operation: string, what = 'amount'): void {
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`${operation}: ${what} must be a whole number of minor units within ±${MAX_SAFE_MINOR}, got ${value}`);
  }
}

/** Converts an exact intermediate result back to a number, or throws if it left the safe range. */
export function safeMinorFromBigInt(value: bigint, operation: string): number {
  if (value > MAX_SAFE_MINOR_BIG || value < MIN_SAFE_MINOR_BIG) {
    throw new RangeError(`${operation}: the result ${value} is outside the safe range of ±${MAX_SAFE_MINOR} minor units`);
  }
  return Number(value);
}
