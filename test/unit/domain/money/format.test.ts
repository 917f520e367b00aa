import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMinorAsDecimal, formatMoney } from '../../../../src/domain/money/format';
import { MAX_SAFE_MINOR, MIN_SAFE_MINOR } from '../../../../src/domain/money/safe-range';

const NBSP = '\u00a0';
const NARROW_NBSP = '\u202f';

describe('formatMinorAsDecimal', () => {
  it.each([
    [123_450, 'EUR', '1234.50'],
    [-5, 'EUR', '-0.05'],
    [0, 'EUR', '0.00'],
    [7, 'USD', '0.07'],
    [1_234, 'JPY', '1234'],
    [-1_234, 'JPY', '-1234'],
    [0, 'JPY', '0'],
    [1_234, 'BHD', '1.234'],
    [5, 'BHD', '0.005'],
    [-1_000, 'BHD', '-1.000'],
    [MAX_SAFE_MINOR, 'USD', '90071992547409.91'],
    [MIN_SAFE_MINOR, 'JPY', '-9007199254740991'],
  ])('%d %s is %s', (amountMinor, currency, expected) => {
    expect(formatMinorAsDecimal(amountMinor, currency)).toBe(expected);
  });

  it('refuses amounts that are not whole minor units', () => {
    expect(() => formatMinorAsDecimal(1.5, 'EUR')).toThrow(/formatMinorAsDecimal/);
  });

  it('writes exactly as many decimals as the currency has', () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN_SAFE_MINOR, max: MAX_SAFE_MINOR }), fc.constantFrom(['EUR', 2], ['JPY', 0], ['BHD', 3]), (amount, [currency, exponent]) => {
        const text = formatMinorAsDecimal(amount, currency);
        expect(text.split('.')[1]?.length ?? 0).toBe(exponent);
        expect(BigInt(text.replace('.', ''))).toBe(BigInt(amount));
      }),
    );
  });
});

describe('formatMoney', () => {
  it.each([
    [123_450, 'EUR', 'en-US', '€1,234.50'],
    [-123_450, 'EUR', 'en-US', '-€1,234.50'],
    [123_450, 'EUR', 'de-DE', `1.234,50${NBSP}€`],
    [-123_450, 'EUR', 'fr-FR', `-1${NARROW_NBSP}234,50${NBSP}€`],
    [-5, 'EUR', 'en-US', '-€0.05'],
    [1_234, 'JPY', 'en-US', '¥1,234'],
    [1_234, 'JPY', 'ja-JP', '￥1,234'],
    [1_234, 'BHD', 'en-US', `BHD${NBSP}1.234`],
    [123_456_789, 'INR', 'en-IN', '₹12,34,567.89'],
  ])('%d %s in %s is %s', (amountMinor, currency, locale, expected) => {
    expect(formatMoney(amountMinor, currency, locale)).toBe(expected);
  });

  it('prints every minor unit of amounts near the safe limit', () => {
    expect(formatMoney(MAX_SAFE_MINOR, 'USD', 'en-US')).toBe('$90,071,992,547,409.91');
    expect(formatMoney(MAX_SAFE_MINOR - 2, 'BHD', 'en-US')).toBe(`BHD${NBSP}9,007,199,254,740.989`);
  });

  it('refuses amounts outside the safe range', () => {
    expect(() => formatMoney(MAX_SAFE_MINOR + 1, 'USD', 'en-US')).toThrow(/formatMoney/);
  });
});
