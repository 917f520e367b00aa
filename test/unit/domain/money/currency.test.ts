import { describe, expect, it } from 'vitest';
import { currencyExponent, minorPerMajor } from '../../../../src/domain/money/currency';

describe('currencyExponent', () => {
  it.each([
    ['EUR', 2],
    ['USD', 2],
    ['JPY', 0],
    ['KRW', 0],
    ['BHD', 3],
    ['KWD', 3],
  ])('%s has %d decimals', (currency, exponent) => {
    expect(currencyExponent(currency)).toBe(exponent);
    expect(currencyExponent(currency)).toBe(exponent);
  });

  it.each(['eur', 'EU', 'EURO', '', '€'])('rejects the malformed code %j', (code) => {
    expect(() => currencyExponent(code)).toThrow(RangeError);
  });
});

describe('minorPerMajor', () => {
  it('is ten to the exponent', () => {
    expect(minorPerMajor('EUR')).toBe(100n);
    expect(minorPerMajor('JPY')).toBe(1n);
    expect(minorPerMajor('BHD')).toBe(1000n);
  });
});
