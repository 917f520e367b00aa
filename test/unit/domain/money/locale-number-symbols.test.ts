import { describe, expect, it } from 'vitest';
import { currencyMarkers, localeNumberSymbols } from '../../../../src/domain/money/locale-number-symbols';

describe('localeNumberSymbols', () => {
  it.each([
    ['en-US', '.', ',', '-'],
    ['de-DE', ',', '.', '-'],
    ['fr-FR', ',', '\u202f', '-'],
    ['sv-SE', ',', '\u00a0', '\u2212'],
  ])('%s writes decimals with %j, groups with %j and minus as %j', (locale, decimal, group, minusSign) => {
    expect(localeNumberSymbols(locale)).toMatchObject({ decimal, group, minusSign });
  });

  it('knows the locale digits', () => {
    expect(localeNumberSymbols('en-US').digits.join('')).toBe('0123456789');
    expect(localeNumberSymbols('ar-EG').digits.join('')).toBe('٠١٢٣٤٥٦٧٨٩');
  });
});

describe('currencyMarkers', () => {
  it('lists symbol, narrow symbol and code, longest first', () => {
    expect(currencyMarkers('USD', 'en-CA')).toEqual(['USD', 'US$', '$']);
    expect(currencyMarkers('EUR', 'de-DE')).toEqual(['EUR', '€']);
    expect(currencyMarkers('JPY', 'ja-JP')).toEqual(['JPY', '￥']);
  });
});
