/**
 * The one rounding rule for money: round half up, where "up" means away from zero. 2.5 → 3 and −2.5 → −3, so an
 * amount and its negation (an invoice and its credit note) always round to the same size.
 */
export function divideRoundHalfAwayFromZero(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError('Cannot divide an amount by zero');
  const sign = numerator < 0n !== denominator < 0n ? -1n : 1n;
  const absNumerator = numerator < 0n ? -numerator : numerator;
  const absDenominator = denominator < 0n ? -denominator : denominator;
  const quotient = absNumerator / absDenominator;
  const remainder = absNumerator % absDenominator;
  const rounded = remainder * 2n >= absDenominator ? quotient + 1n : quotient;
  return sign * rounded;
}
