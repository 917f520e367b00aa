import { describe, expect, it } from 'vitest';
import { countryName, currencyName, isKnownCountryCode, isKnownCurrencyCode } from '../../../../src/domain/clients/client-codes';

describe('isKnownCountryCode', () => {
  it('knows assigned country codes and Kosovo', () => {
    for (const code of ['DE', 'US', 'GB', 'JP', 'BR', 'ZA', 'XK']) expect(isKnownCountryCode(code), code).toBe(true);
  });

  it('refuses groupings, retired codes, reserved ones and lower case', () => {
    for (const code of ['EU', 'UN', 'ZZ', 'UK', 'YU', 'SU', 'AA', 'de', 'DEU']) expect(isKnownCountryCode(code), code).toBe(false);
  });
});

describe('isKnownCurrencyCode', () => {
  it('knows circulating currencies and refuses made-up ones', () => {
    for (const code of ['EUR', 'USD', 'JPY', 'BHD', 'CHF']) expect(isKnownCurrencyCode(code), code).toBe(true);
    for (const code of ['ABC', 'EURO', 'eur']) expect(isKnownCurrencyCode(code), code).toBe(false);
  });
});

describe('countryName and currencyName', () => {
  it('name a code in the reader’s language', () => {
    expect(countryName('DE', 'en')).toBe('Germany');
    expect(countryName('DE', 'de')).toBe('Deutschland');
    expect(currencyName('EUR', 'en')).toBe('Euro');
  });

  it('name nothing for a code that is not a country or currency', () => {
    expect(countryName('EU', 'en')).toBeUndefined();
    expect(currencyName('ABC', 'en')).toBeUndefined();
  });
});
