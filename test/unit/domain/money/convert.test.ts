import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertMinor } from '../../../../src/domain/money/convert';
import { MAX_SAFE_MINOR } from '../../../../src/domain/money/safe-range';

describe('convertMinor', () => {
  it.each([
    [10_000, 'EUR', 'USD', 1.0842, 10_842],
    [1_000, 'JPY', 'EUR', 0.0061, 610],
    [12_345, 'EUR', 'JPY', 161.23, 19_904],
    [10_000, 'EUR', 'BHD', 0.4103, 41_030],
    [41_030, 'BHD', 'EUR', 2.4372, 10_000],
    [1_234, 'BHD', 'JPY', 392.5, 484],
    [1, 'EUR', 'USD', 0.5, 1],
    [-1, 'EUR', 'USD', 0.5, -1],
    [3, 'EUR', 'USD', 0.5, 2],
    [1_000_000_000, 'USD', 'EUR', 1e-7, 100],
    [-12_345, 'EUR', 'JPY', 161.23, -19_904],
  ])('%d %s → %s at %d is %d', (amount, from, to, rate, expected) => {
    expect(convertMinor(amount, from, to, rate)).toBe(expected);
  });

  it('reads the rate as the decimal that was entered, not its binary approximation', () => {
    expect(100 * 1.005).toBeLessThan(100.5);
    expect(convertMinor(100, 'USD', 'EUR', 1.005)).toBe(101);
  });

  it('leaves an amount unchanged at a rate of 1 between same-exponent currencies', () => {
    fc.assert(
      fc.property(fc.integer({ min: -MAX_SAFE_MINOR, max: MAX_SAFE_MINOR }), (amount) => {
        expect(convertMinor(amount, 'EUR', 'USD', 1)).toBe(amount);
      }),
    );
  });

  it('agrees with exact arithmetic on four-decimal rates', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }), fc.integer({ min: 1, max: 10_000_000 }), (amount, rateTenThousandths) => {
        const rate = rateTenThousandths / 10_000;
        const product = BigInt(amount) * BigInt(rateTenThousandths) * 1000n;
        const scale = 10_000n * 100n;
        const magnitude = product < 0n ? -product : product;
        const rounded = (magnitude % scale) * 2n >= scale ? magnitude / scale + 1n : magnitude / scale;
        expect(BigInt(convertMinor(amount, 'EUR', 'BHD', rate))).toBe(product < 0n ? -rounded : rounded);
      }),
    );
  });

  it.each([0, -1.2, Number.NaN, Number.POSITIVE_INFINITY])('refuses the rate %d', (rate) => {
    expect(() => convertMinor(100, 'EUR', 'USD', rate)).toThrow(/convertMinor: the exchange rate/);
  });

  it('throws a RangeError naming itself when the result leaves the safe range', () => {
    expect(() => convertMinor(MAX_SAFE_MINOR, 'EUR', 'USD', 2)).toThrow(/^convertMinor: /);
    expect(() => convertMinor(MAX_SAFE_MINOR, 'JPY', 'BHD', 1)).toThrow(RangeError);
  });
});
