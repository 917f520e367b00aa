import { describe, expect, it } from 'vitest';
import { formatPercentForInput, formatScaledForInput, readPercent, readQuantityMilli, readScaledDecimal } from '../../../src/shared/decimal-input';

describe('readScaledDecimal', () => {
  it('reads the locale’s decimal sign exactly, shifting digits as text', () => {
    expect(readScaledDecimal('1.5', 'en-GB', 3, '1.5')).toEqual({ ok: true, scaled: 1500 });
    expect(readScaledDecimal('1,5', 'de-DE', 3, '1,5')).toEqual({ ok: true, scaled: 1500 });
    expect(readScaledDecimal('0.1', 'en-GB', 2, '0.1')).toEqual({ ok: true, scaled: 10 });
    expect(readScaledDecimal('.25', 'en-GB', 3, '1')).toEqual({ ok: true, scaled: 250 });
    expect(readScaledDecimal(' 12 ', 'en-GB', 0, '12')).toEqual({ ok: true, scaled: 12 });
  });

  it('drops grouping commas where the comma only groups digits', () => {
    expect(readScaledDecimal('1,234.5', 'en-US', 3, '1')).toEqual({ ok: true, scaled: 1_234_500 });
  });

  it('refuses letters, negatives, too many decimals and numbers beyond the safe range', () => {
    expect(readScaledDecimal('abc', 'en-GB', 3, '1.5')).toEqual({ ok: false, error: 'Enter a number, such as 1.5' });
    expect(readScaledDecimal('', 'en-GB', 3, '1.5')).toEqual({ ok: false, error: 'Enter a number, such as 1.5' });
    expect(readScaledDecimal('-2', 'en-GB', 3, '1.5')).toEqual({ ok: false, error: 'Must not be negative' });
    expect(readScaledDecimal('1.2345', 'en-GB', 3, '1.5')).toEqual({ ok: false, error: 'Use at most 3 decimals' });
    expect(readScaledDecimal('1.5', 'en-GB', 0, '1')).toEqual({ ok: false, error: 'Use a whole number' });
    expect(readScaledDecimal('99999999999999999', 'en-GB', 3, '1')).toEqual({ ok: false, error: 'This number is too large' });
  });
});

describe('readPercent', () => {
  it('reads percentages as basis points, up to 100 %', () => {
    expect(readPercent('19', 'en-GB')).toEqual({ ok: true, scaled: 1900 });
    expect(readPercent('7,5', 'de-DE')).toEqual({ ok: true, scaled: 750 });
    expect(readPercent('100', 'en-GB')).toEqual({ ok: true, scaled: 10_000 });
    expect(readPercent('100.01', 'en-GB')).toEqual({ ok: false, error: 'At most 100 %' });
    expect(readPercent('7.125', 'en-GB')).toEqual({ ok: false, error: 'Use at most 2 decimals' });
  });
});

describe('readQuantityMilli', () => {
  it('reads thousandths and refuses zero', () => {
    expect(readQuantityMilli('2.5', 'en-GB')).toEqual({ ok: true, scaled: 2500 });
    expect(readQuantityMilli('0', 'en-GB')).toEqual({ ok: false, error: 'Must be more than zero' });
  });
});

describe('formatScaledForInput', () => {
  it('writes what the readers read back, without trailing zeros', () => {
    expect(formatScaledForInput(1500, 'en-GB', 3)).toBe('1.5');
    expect(formatScaledForInput(1500, 'de-DE', 3)).toBe('1,5');
    expect(formatScaledForInput(3000, 'en-GB', 3)).toBe('3');
    expect(formatScaledForInput(5, 'en-GB', 3)).toBe('0.005');
    expect(formatScaledForInput(-250, 'en-GB', 3)).toBe('-0.25');
    expect(formatPercentForInput(1900, 'en-GB')).toBe('19');
    expect(formatPercentForInput(750, 'de-DE')).toBe('7,5');
    for (const scaled of [1, 10, 999, 1000, 123_456]) {
      const reading = readScaledDecimal(formatScaledForInput(scaled, 'de-DE', 3), 'de-DE', 3, '1');
      expect(reading).toEqual({ ok: true, scaled });
    }
  });
});
