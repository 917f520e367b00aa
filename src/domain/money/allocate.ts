import { assertSafeMinor, safeMinorFromBigInt } from './safe-range';

/**
 * Splits an amount in proportion to weights by the largest-remainder method. Each part is its exact share rounded
 * down, then the minor units left over go one each to the parts with the largest remainders (the earlier part wins a
 * tie), so the parts always sum exactly to the total and each lies within one minor unit of its exact share.
 * A negative total is split as its magnitude and every part negated, so splitting −x mirrors splitting x.
 * Weights are whole, non-negative numbers (minor units, thousandths, counts); a zero weight always receives zero.
 */
export function allocateMinor(totalMinor: number, weights: readonly number[]): number[] {
  const operation = 'allocateMinor';
  assertSafeMinor(totalMinor, operation, 'total');
  let weightSum = 0n;
  const bigWeights = weights.map((weight) => {
    if (!Number.isSafeInteger(weight) || weight < 0) {
      throw new RangeError(`${operation}: weights must be whole numbers of zero or more, got ${weight}`);
    }
    const bigWeight = BigInt(weight);
    weightSum += bigWeight;
    return bigWeight;
  });
  if (weightSum === 0n) throw new RangeError(`${operation}: at least one weight must be more than zero`);

  const sign = totalMinor < 0 ? -1n : 1n;
  const magnitude = BigInt(totalMinor) * sign;
  const shares = bigWeights.map((weight, index) => ({
    index,
    floor: (magnitude * weight) / weightSum,
    remainder: (magnitude * weight) % weightSum,
  }));
  let leftover = magnitude - shares.reduce((sum, share) => sum + share.floor, 0n);
  const byRemainder = [...shares].sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  const parts = shares.map((share) => share.floor);
  for (const share of byRemainder) {
    if (leftover === 0n) break;
    parts[share.index] = share.floor + 1n;
    leftover -= 1n;
  }
  return parts.map((part) => safeMinorFromBigInt(part * sign, operation));
}
