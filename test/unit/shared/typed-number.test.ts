import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readTypedDecimal, typedDecimalValue } from '../../../src/shared/typed-number';

const LOCALES = ['en-US', 'en-GB', 'en-IN', 'de-DE', 'de-CH', 'fr-FR', 'es-ES', 'it-IT', 'nl-NL', 'pt-BR', 'pl-PL', 'sv-SE', 'ja-JP'];

describe('readTypedDecimal', () => {
  it('reads the locale’s decimal sign, and a point everywhere', () => {
    expect(readTypedDecimal('12,5', 'de-DE')).toEqual({ kind: 'number', negative: false, whole: '12', fraction: '5' });
    expect(readTypedDecimal('12.5', 'de-DE')).toEqual({ kind: 'number', negative: false, whole: '12', fraction: '5' });
    expect(readTypedDecimal('12.5', 'en-GB')).toEqual({ kind: 'number', negative: false, whole: '12', fraction: '5' });
    expect(readTypedDecimal('.25', 'en-GB')).toEqual({ kind: 'number', negative: false, whole: '0', fraction: '25' });
  });

  it('takes grouping only where it groups digits, so a comma typed as a decimal is never read as fifteen', () => {
    expect(readTypedDecimal('1,234.5', 'en-US')).toEqual({ kind: 'number', negative: false, whole: '1234', fraction: '5' });
    expect(readTypedDecimal('1.234,5', 'de-DE')).toEqual({ kind: 'number', negative: false, whole: '1234', fraction: '5' });
    expect(readTypedDecimal('12,34,567.5', 'en-IN')).toEqual({ kind: 'number', negative: false, whole: '1234567', fraction: '5' });
    expect(readTypedDecimal('1,5', 'en-GB')).toEqual({ kind: 'invalid' });
    expect(readTypedDecimal('1,23', 'en-US')).toEqual({ kind: 'invalid' });
  });

  it('reads spaces as nothing, as French and Swedish group with them', () => {
    expect(readTypedDecimal('1 234,5', 'fr-FR')).toEqual({ kind: 'number', negative: false, whole: '1234', fraction: '5' });
    expect(readTypedDecimal(' 40 ', 'en-GB')).toEqual({ kind: 'number', negative: false, whole: '40', fraction: '' });
  });

  it('keeps a minus for the field’s rules, and says empty or invalid for the rest', () => {
    expect(readTypedDecimal('-3', 'en-GB')).toEqual({ kind: 'number', negative: true, whole: '3', fraction: '' });
    expect(readTypedDecimal('\u22123,5', 'de-DE')).toEqual({ kind: 'number', negative: true, whole: '3', fraction: '5' });
    expect(readTypedDecimal('   ', 'en-GB')).toEqual({ kind: 'empty' });
    for (const text of ['forty', '1.2.3', '1,2,3', '-', '.', '12a', '--1']) expect(readTypedDecimal(text, 'en-GB'), text).toEqual({ kind: 'invalid' });
  });

  it('reads back every number Intl writes in the supported locales, grouped or not', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LOCALES), fc.integer({ min: 0, max: 999_999_999 }), fc.integer({ min: 0, max: 3 }), fc.boolean(), (locale, digits, decimals, grouping) => {
        const value = digits / 10 ** decimals;
        const written = new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: grouping }).format(value);
        const reading = readTypedDecimal(written, locale);
        expect(reading.kind, `${written} in ${locale}`).toBe('number');
        if (reading.kind === 'number') expect(typedDecimalValue(reading)).toBeCloseTo(value, 6);
      }),
    );
  });
});
