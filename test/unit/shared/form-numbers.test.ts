import { describe, expect, it } from 'vitest';
import { formatAmountForInput, formatHoursForInput, readAmount, readHours, readWholeDays } from '../../../src/shared/form-numbers';

describe('formatAmountForInput', () => {
  it('writes an amount as the locale types it, without grouping, so parseMoney reads it back', () => {
    expect(formatAmountForInput(123_450, 'EUR', 'de-DE')).toBe('1234,50');
    expect(formatAmountForInput(123_450, 'USD', 'en-US')).toBe('1234.50');
    expect(formatAmountForInput(1_234, 'JPY', 'ja-JP')).toBe('1234');
    expect(formatAmountForInput(1_234, 'BHD', 'en-US')).toBe('1.234');
  });

  it('round-trips through readAmount', () => {
    for (const [amount, currency, locale] of [[9_500, 'EUR', 'de-DE'], [1, 'USD', 'en-US'], [-250, 'GBP', 'en-GB'], [987_654, 'JPY', 'en-US']] as const) {
      expect(readAmount(formatAmountForInput(amount, currency, locale), currency, locale)).toEqual({ kind: 'value', value: amount });
    }
  });
});

describe('readAmount', () => {
  it('reads typed money with parseMoney, keeping a minus for the rules to refuse', () => {
    expect(readAmount('95', 'EUR', 'en-GB')).toEqual({ kind: 'value', value: 9_500 });
    expect(readAmount('-80', 'EUR', 'en-GB')).toEqual({ kind: 'value', value: -8_000 });
    expect(readAmount('1.234,5', 'EUR', 'de-DE')).toEqual({ kind: 'value', value: 123_450 });
  });

  it('gives parseMoney’s message for text that is not an amount', () => {
    expect(readAmount('ninety', 'EUR', 'en-GB')).toEqual({ kind: 'error', message: 'An amount has no letters; enter a number such as 1,234.50' });
    expect(readAmount('9.999', 'EUR', 'en-GB')).toEqual({ kind: 'error', message: 'EUR amounts have at most 2 decimals' });
  });

  it('reads nothing from empty text, and waits for a currency the app knows', () => {
    expect(readAmount('  ', 'EUR', 'en-GB')).toEqual({ kind: 'empty' });
    expect(readAmount('95', 'ABC', 'en-GB')).toEqual({ kind: 'pending' });
    expect(readAmount('95', '', 'en-GB')).toEqual({ kind: 'pending' });
  });
});

describe('readHours', () => {
  it('takes the locale’s decimal sign and the point', () => {
    expect(readHours('40', 'en-GB')).toEqual({ kind: 'value', value: 40 });
    expect(readHours('12.5', 'en-GB')).toEqual({ kind: 'value', value: 12.5 });
    expect(readHours('12,5', 'de-DE')).toEqual({ kind: 'value', value: 12.5 });
    expect(readHours('-3', 'en-GB')).toEqual({ kind: 'value', value: -3 });
    expect(readHours('', 'en-GB')).toEqual({ kind: 'empty' });
  });

  it('refuses what is not a number, with an example in the locale', () => {
    expect(readHours('forty', 'en-GB')).toEqual({ kind: 'error', message: 'Enter hours as a number, such as 40 or 12.5' });
    expect(readHours('1,5', 'en-GB')).toEqual({ kind: 'error', message: 'Enter hours as a number, such as 40 or 12.5' });
    expect(readHours('x', 'de-DE')).toEqual({ kind: 'error', message: 'Enter hours as a number, such as 40 or 12,5' });
  });

  it('writes hours back without trailing zeros', () => {
    expect(formatHoursForInput(12.5, 'de-DE')).toBe('12,5');
    expect(formatHoursForInput(40, 'en-GB')).toBe('40');
  });
});

describe('readWholeDays', () => {
  it('reads whole days and leaves a minus to the rules', () => {
    expect(readWholeDays(' 30 ')).toEqual({ kind: 'value', value: 30 });
    expect(readWholeDays('-1')).toEqual({ kind: 'value', value: -1 });
    expect(readWholeDays('')).toEqual({ kind: 'empty' });
    expect(readWholeDays('7.5')).toEqual({ kind: 'error', message: 'Enter a whole number of days, such as 14' });
  });
});
