import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMinorAsDecimal, formatMoney } from '../../../../src/domain/money/format';
import { parseMoney } from '../../../../src/domain/money/parse';
import { MAX_SAFE_MINOR, MIN_SAFE_MINOR } from '../../../../src/domain/money/safe-range';

describe('parseMoney accepts what people type', () => {
  it.each([
    ['1234.50', 'EUR', 'en-US', 123_450],
    ['1,234.50', 'EUR', 'en-US', 123_450],
    ['1,234,567.8', 'USD', 'en-US', 123_456_780],
    ['  12  ', 'EUR', 'en-US', 1_200],
    ['.5', 'EUR', 'en-US', 50],
    ['5.', 'EUR', 'en-US', 500],
    ['0', 'EUR', 'en-US', 0],
    ['-0', 'EUR', 'en-US', 0],
    ['-12.34', 'EUR', 'en-US', -1_234],
    ['\u221212.34', 'EUR', 'en-US', -1_234],
    ['€12.34', 'EUR', 'en-US', 1_234],
    ['-€12.34', 'EUR', 'en-US', -1_234],
    ['€ -12', 'EUR', 'en-US', -1_200],
    ['EUR 12', 'EUR', 'en-US', 1_200],
    ['usd 7', 'USD', 'en-US', 700],
    ['12 USD', 'USD', 'en-US', 1_200],
    ['US$5', 'USD', 'en-CA', 500],
    ['1.234,56', 'EUR', 'de-DE', 123_456],
    ['1234,5 €', 'EUR', 'de-DE', 123_450],
    ['-1.234,50 €', 'EUR', 'de-DE', -123_450],
    ['1 234,5', 'EUR', 'fr-FR', 123_450],
    ['1\u202f234,50\u00a0€', 'EUR', 'fr-FR', 123_450],
    ["1'234.50", 'CHF', 'de-CH', 123_450],
    ['1\u2019234.50', 'CHF', 'de-CH', 123_450],
    ['12,34,567.89', 'INR', 'en-IN', 123_456_789],
    ['١٬٢٣٤٫٥', 'EGP', 'ar-EG', 123_450],
  ])('%j in %s (%s) is %d', (text, currency, locale, expected) => {
    expect(parseMoney(text, currency, locale)).toEqual({ ok: true, amountMinor: expected });
  });

  it('reads yen as whole units and dinars to three decimals', () => {
    expect(parseMoney('¥1,234', 'JPY', 'en-US')).toEqual({ ok: true, amountMinor: 1_234 });
    expect(parseMoney('￥1,234', 'JPY', 'ja-JP')).toEqual({ ok: true, amountMinor: 1_234 });
    expect(parseMoney('1.234', 'BHD', 'en-US')).toEqual({ ok: true, amountMinor: 1_234 });
    expect(parseMoney('BHD 0.5', 'BHD', 'en-US')).toEqual({ ok: true, amountMinor: 500 });
    expect(parseMoney('1.2', 'BHD', 'en-US')).toEqual({ ok: true, amountMinor: 1_200 });
  });

  it('accepts the largest safe amount and nothing beyond it', () => {
    expect(parseMoney('90071992547409.91', 'USD', 'en-US')).toEqual({ ok: true, amountMinor: MAX_SAFE_MINOR });
    expect(parseMoney('-90071992547409.91', 'USD', 'en-US')).toEqual({ ok: true, amountMinor: MIN_SAFE_MINOR });
    expect(parseMoney('90071992547409.92', 'USD', 'en-US')).toEqual({ ok: false, error: 'This amount is too large' });
  });
});

describe('parseMoney explains what it rejects', () => {
  it.each([
    ['', 'EUR', 'en-US', 'Enter an amount'],
    ['   ', 'EUR', 'en-US', 'Enter an amount'],
    ['€', 'EUR', 'en-US', 'Enter an amount'],
    ['-', 'EUR', 'en-US', 'Enter an amount'],
    ['abc', 'EUR', 'en-US', 'An amount has no letters; enter a number such as 1,234.50'],
    ['12x', 'EUR', 'en-US', 'An amount has no letters; enter a number such as 1,234.50'],
    ['1.5e3', 'EUR', 'en-US', 'An amount has no letters; enter a number such as 1,234.50'],
    ['12 GBP', 'EUR', 'en-US', 'An amount has no letters; enter a number such as 1,234.50'],
    ['.', 'EUR', 'en-US', 'Enter a number such as 1,234.50'],
    ['+5', 'EUR', 'en-US', 'Enter a number such as 1,234.50'],
    ['--5', 'EUR', 'en-US', 'Enter a number such as 1,234.50'],
    ['5-', 'EUR', 'en-US', 'Enter a number such as 1,234.50'],
    ['1.234', 'EUR', 'en-US', 'EUR amounts have at most 2 decimals'],
    ['1.234', 'JPY', 'en-US', 'JPY amounts have no decimals'],
    ['1.2345', 'BHD', 'en-US', 'BHD amounts have at most 3 decimals'],
    ['1,5', 'EUR', 'en-US', 'Use "." for decimals and "," to group digits, as in 1,234.50'],
    ['1.2.3', 'EUR', 'en-US', 'Use "." for decimals and "," to group digits, as in 1,234.50'],
    ['1.234,50', 'EUR', 'en-US', 'Use "." for decimals and "," to group digits, as in 1,234.50'],
    [',123', 'EUR', 'en-US', 'Use "." for decimals and "," to group digits, as in 1,234.50'],
    ['12.5', 'EUR', 'de-DE', 'Use "," for decimals and "." to group digits, as in 1.234,50'],
    ['1,5', 'JPY', 'en-US', 'Use "." for decimals and "," to group digits, as in 1,234'],
    ['12.5', 'EUR', 'fr-FR', 'Use "," for decimals and a space to group digits, as in 1\u202f234,50'],
  ])('%j in %s (%s): %s', (text, currency, locale, error) => {
    expect(parseMoney(text, currency, locale)).toEqual({ ok: false, error });
  });
});

describe('parseMoney reads back what formatting writes', () => {
  const locales = ['en-US', 'de-DE', 'fr-FR', 'de-CH', 'en-IN', 'ja-JP', 'ar-EG', 'sv-SE', 'nl-NL'];
  const currencies = ['EUR', 'USD', 'JPY', 'BHD', 'CHF', 'SEK'];

  it('round-trips formatMoney in every locale and currency', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: MIN_SAFE_MINOR, max: MAX_SAFE_MINOR }),
        fc.constantFrom(...currencies),
        fc.constantFrom(...locales),
        (amount, currency, locale) => {
          expect(parseMoney(formatMoney(amount, currency, locale), currency, locale)).toEqual({ ok: true, amountMinor: amount });
        },
      ),
      { numRuns: 500 },
    );
  });

  it('round-trips the plain decimal form used by form inputs', () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN_SAFE_MINOR, max: MAX_SAFE_MINOR }), fc.constantFrom(...currencies), (amount, currency) => {
        expect(parseMoney(formatMinorAsDecimal(amount, currency), currency, 'en-US')).toEqual({ ok: true, amountMinor: amount });
      }),
    );
  });
});
