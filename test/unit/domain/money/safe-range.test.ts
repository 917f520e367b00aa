import { describe, expect, it } from 'vitest';
import { assertSafeMinor, MAX_SAFE_MINOR, MIN_SAFE_MINOR, safeMinorFromBigInt } from '../../../../src/domain/money/safe-range';

describe('the safe range of minor units', () => {
  it('is the range of exactly representable integers', () => {
    expect(MAX_SAFE_MINOR).toBe(9_007_199_254_740_991);
    expect(MIN_SAFE_MINOR).toBe(-9_007_199_254_740_991);
    expect(Number.isSafeInteger(MAX_SAFE_MINOR)).toBe(true);
    expect(Number.isSafeInteger(MIN_SAFE_MINOR)).toBe(true);
    expect(Number.isSafeInteger(MAX_SAFE_MINOR + 1)).toBe(false);
  });

  it('names the operation when an amount is not a safe whole number', () => {
    expect(() => assertSafeMinor(0.5, 'splitBill')).toThrow(/^splitBill: amount must be a whole number/);
    expect(() => assertSafeMinor(Number.POSITIVE_INFINITY, 'splitBill', 'fee')).toThrow(/splitBill: fee/);
    expect(() => assertSafeMinor(-42, 'splitBill')).not.toThrow();
  });

  it('converts exact results back only while they stay in range', () => {
    expect(safeMinorFromBigInt(BigInt(MAX_SAFE_MINOR), 'op')).toBe(MAX_SAFE_MINOR);
    expect(safeMinorFromBigInt(BigInt(MIN_SAFE_MINOR), 'op')).toBe(MIN_SAFE_MINOR);
    expect(() => safeMinorFromBigInt(BigInt(MAX_SAFE_MINOR) + 1n, 'addFees')).toThrow(new RangeError(
      `addFees: the result 9007199254740992 is outside the safe range of ±9007199254740991 minor units`,
    ));
    expect(() => safeMinorFromBigInt(BigInt(MIN_SAFE_MINOR) - 1n, 'addFees')).toThrow(RangeError);
  });
});
