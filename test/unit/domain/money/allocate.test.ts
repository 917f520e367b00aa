import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateMinor } from '../../../../src/domain/money/allocate';
import { MAX_SAFE_MINOR } from '../../../../src/domain/money/safe-range';

describe('allocateMinor', () => {
  it.each([
    [100, [1, 1, 1], [34, 33, 33]],
    [-100, [1, 1, 1], [-34, -33, -33]],
    [101, [1, 1], [51, 50]],
    [5, [0, 1, 1], [0, 3, 2]],
    [10, [3, 7], [3, 7]],
    [1, [1, 2], [0, 1]],
    [0, [1, 2], [0, 0]],
    [7, [5], [7]],
    [100, [2, 3, 5], [20, 30, 50]],
    [2, [1, 1, 1], [1, 1, 0]],
    [1_000, [333, 333, 334], [333, 333, 334]],
  ])('splits %d by %j into %j', (total, weights, expected) => {
    expect(allocateMinor(total, weights)).toEqual(expected);
  });

  it('gives the leftover units to the largest remainders, not simply the first parts', () => {
    expect(allocateMinor(10, [1, 4, 4])).toEqual([1, 5, 4]);
    expect(allocateMinor(100, [1, 2, 97, 0])).toEqual([1, 2, 97, 0]);
  });

  it('never returns negative zero', () => {
    expect(allocateMinor(-1, [1, 1]).map((part) => Object.is(part, 0))).toEqual([false, true]);
  });

  it.each([
    [[0, 0], /at least one weight/],
    [[], /at least one weight/],
    [[1, -1], /weights must be whole numbers of zero or more/],
    [[0.5, 1], /weights must be whole numbers/],
  ])('refuses the weights %j', (weights, message) => {
    expect(() => allocateMinor(100, weights)).toThrow(message);
  });

  it('refuses a total that is not a safe whole number', () => {
    expect(() => allocateMinor(10.5, [1])).toThrow(/allocateMinor: total/);
    expect(() => allocateMinor(MAX_SAFE_MINOR + 1, [1])).toThrow(RangeError);
  });

  const weightsArbitrary = fc
    .array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 30 })
    .filter((weights) => weights.some((weight) => weight > 0));
  const totalArbitrary = fc.integer({ min: -1_000_000_000_000, max: 1_000_000_000_000 });

  it('never loses or invents a minor unit: the parts sum exactly to the total', () => {
    fc.assert(
      fc.property(totalArbitrary, weightsArbitrary, (total, weights) => {
        const parts = allocateMinor(total, weights);
        expect(parts).toHaveLength(weights.length);
        expect(parts.reduce((sum, part) => sum + BigInt(part), 0n)).toBe(BigInt(total));
      }),
    );
  });

  it('keeps every part within one minor unit of its exact share, and zero weights at zero', () => {
    fc.assert(
      fc.property(totalArbitrary, weightsArbitrary, (total, weights) => {
        const parts = allocateMinor(total, weights);
        const weightSum = weights.reduce((sum, weight) => sum + BigInt(weight), 0n);
        parts.forEach((part, index) => {
          const weight = BigInt(weights[index] ?? 0);
          const scaledError = BigInt(part) * weightSum - BigInt(total) * weight;
          expect((scaledError < 0n ? -scaledError : scaledError) < weightSum).toBe(true);
          if (weight === 0n) expect(part).toBe(0);
        });
      }),
    );
  });

  it('splits a negative total as the mirror image of the positive one', () => {
    fc.assert(
      fc.property(totalArbitrary, weightsArbitrary, (total, weights) => {
        expect(allocateMinor(-total, weights)).toEqual(allocateMinor(total, weights).map((part) => (part === 0 ? 0 : -part)));
      }),
    );
  });
});
