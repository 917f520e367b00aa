import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { divideRoundHalfAwayFromZero } from '../../../../src/domain/money/rounding';

describe('divideRoundHalfAwayFromZero', () => {
  it.each([
    [5n, 2n, 3n],
    [-5n, 2n, -3n],
    [5n, -2n, -3n],
    [-5n, -2n, 3n],
    [7n, 2n, 4n],
    [1n, 2n, 1n],
    [-1n, 2n, -1n],
    [4n, 3n, 1n],
    [-4n, 3n, -1n],
    [5n, 3n, 2n],
    [-5n, 3n, -2n],
    [1n, 3n, 0n],
    [0n, 7n, 0n],
    [1499n, 1000n, 1n],
    [1500n, 1000n, 2n],
    [-1500n, 1000n, -2n],
  ])('%d / %d rounds to %d', (numerator, denominator, expected) => {
    expect(divideRoundHalfAwayFromZero(numerator, denominator)).toBe(expected);
  });

  it('refuses to divide by zero', () => {
    expect(() => divideRoundHalfAwayFromZero(1n, 0n)).toThrow(RangeError);
  });

  it('lands within half a unit of the exact quotient, and on a half moves away from zero', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.bigInt({ min: 1n, max: 10n ** 12n }), (numerator, denominator) => {
        const rounded = divideRoundHalfAwayFromZero(numerator, denominator);
        const twiceError = (rounded * denominator - numerator) * 2n;
        const absTwiceError = twiceError < 0n ? -twiceError : twiceError;
        expect(absTwiceError <= denominator).toBe(true);
        if (absTwiceError === denominator) {
          expect(rounded < 0n ? -rounded : rounded).toBeGreaterThan(numerator < 0n ? -numerator / denominator : numerator / denominator);
        }
      }),
    );
  });
});
