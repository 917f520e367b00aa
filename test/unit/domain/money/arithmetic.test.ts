import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { multiplyByQuantity, percentOfMinor, sumMinor } from '../../../../src/domain/money/arithmetic';
import { MAX_SAFE_MINOR, MIN_SAFE_MINOR } from '../../../../src/domain/money/safe-range';

/** The exact product rounded half away from zero, by comparing twice the remainder with the divisor. */
function expectedRounding(product: bigint, scale: bigint): bigint {
  const magnitude = product < 0n ? -product : product;
  const quotient = magnitude / scale;
  const rounded = (magnitude % scale) * 2n >= scale ? quotient + 1n : quotient;
  return product < 0n ? -rounded : rounded;
}

const safeAmount = fc.integer({ min: -1_000_000_000_000, max: 1_000_000_000_000 });

describe('multiplyByQuantity', () => {
  it.each([
    [10_000, 1_000, 10_000],
    [12_345, 1_500, 18_518],
    [-12_345, 1_500, -18_518],
    [5, 500, 3],
    [-5, 500, -3],
    [5, -500, -3],
    [1, 499, 0],
    [1, 500, 1],
    [-1, 500, -1],
    [3, 1_167, 4],
    [0, 123_456, 0],
  ])('%d × %d/1000 = %d', (unitPriceMinor, quantityMilli, expected) => {
    expect(multiplyByQuantity(unitPriceMinor, quantityMilli)).toBe(expected);
  });

  it('never returns negative zero', () => {
    expect(Object.is(multiplyByQuantity(-1, 499), 0)).toBe(true);
  });

  it('prices yen with no decimals and dinars with three', () => {
    expect(multiplyByQuantity(1_500, 2_500)).toBe(3_750);
    expect(multiplyByQuantity(12_345, 1_333)).toBe(16_456);
    expect(multiplyByQuantity(1_001, 500)).toBe(501);
  });

  it('agrees with exact rational arithmetic', () => {
    fc.assert(
      fc.property(safeAmount, fc.integer({ min: -1_000_000, max: 1_000_000 }), (unitPriceMinor, quantityMilli) => {
        const expected = expectedRounding(BigInt(unitPriceMinor) * BigInt(quantityMilli), 1000n);
        expect(BigInt(multiplyByQuantity(unitPriceMinor, quantityMilli))).toBe(expected);
      }),
    );
  });

  it('either returns the exact result or throws because it left the safe range', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), fc.integer(), (unitPriceMinor, quantityMilli) => {
        const expected = expectedRounding(BigInt(unitPriceMinor) * BigInt(quantityMilli), 1000n);
        if (expected > BigInt(MAX_SAFE_MINOR) || expected < BigInt(MIN_SAFE_MINOR)) {
          expect(() => multiplyByQuantity(unitPriceMinor, quantityMilli)).toThrow(/^multiplyByQuantity: the result/);
        } else {
          expect(BigInt(multiplyByQuantity(unitPriceMinor, quantityMilli))).toBe(expected);
        }
      }),
    );
  });

  it('throws a RangeError naming itself when the result leaves the safe range', () => {
    expect(() => multiplyByQuantity(MAX_SAFE_MINOR, 2_000)).toThrow(/multiplyByQuantity/);
    expect(() => multiplyByQuantity(MAX_SAFE_MINOR, 2_000)).toThrow(RangeError);
    expect(multiplyByQuantity(MAX_SAFE_MINOR, 1_000)).toBe(MAX_SAFE_MINOR);
  });

  it('refuses fractional inputs rather than rounding them silently', () => {
    expect(() => multiplyByQuantity(10.5, 1_000)).toThrow(/multiplyByQuantity: unit price/);
    expect(() => multiplyByQuantity(10, 1.5)).toThrow(/multiplyByQuantity: quantity/);
  });
});

describe('percentOfMinor', () => {
  it.each([
    [10_000, 1_900, 1_900],
    [1, 1_900, 0],
    [1, 5_000, 1],
    [-1, 5_000, -1],
    [3, 5_000, 2],
    [-3, 5_000, -2],
    [1_234, 750, 93],
    [-1_234, 750, -93],
    [99_999, 10_000, 99_999],
    [12_345, 0, 0],
  ])('%d at %d basis points is %d', (amountMinor, basisPoints, expected) => {
    expect(percentOfMinor(amountMinor, basisPoints)).toBe(expected);
  });

  it('agrees with exact rational arithmetic', () => {
    fc.assert(
      fc.property(safeAmount, fc.integer({ min: -20_000, max: 20_000 }), (amountMinor, basisPoints) => {
        const expected = expectedRounding(BigInt(amountMinor) * BigInt(basisPoints), 10_000n);
        expect(BigInt(percentOfMinor(amountMinor, basisPoints))).toBe(expected);
      }),
    );
  });

  it('throws a RangeError naming itself when the result leaves the safe range', () => {
    expect(() => percentOfMinor(MAX_SAFE_MINOR, 20_000)).toThrow(/percentOfMinor/);
  });
});

describe('sumMinor', () => {
  it('sums to zero when there is nothing to sum', () => {
    expect(sumMinor([])).toBe(0);
  });

  it('neither loses nor invents a minor unit', () => {
    fc.assert(
      fc.property(fc.array(safeAmount, { maxLength: 200 }), (amounts) => {
        const exact = amounts.reduce((total, amount) => total + BigInt(amount), 0n);
        expect(BigInt(sumMinor(amounts))).toBe(exact);
      }),
    );
  });

  it('is exact when a running total passes the limit and comes back', () => {
    expect(sumMinor([MAX_SAFE_MINOR, 1, -1])).toBe(MAX_SAFE_MINOR);
    expect(sumMinor([MIN_SAFE_MINOR, MAX_SAFE_MINOR])).toBe(0);
  });

  it('throws a RangeError naming itself when the total leaves the safe range', () => {
    expect(() => sumMinor([MAX_SAFE_MINOR, 1])).toThrow(/^sumMinor: /);
    expect(() => sumMinor([MIN_SAFE_MINOR, -1])).toThrow(RangeError);
  });

  it('refuses amounts that are not whole minor units', () => {
    expect(() => sumMinor([100, 0.5])).toThrow(/sumMinor/);
  });
});
