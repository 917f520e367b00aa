import { describe, expect, it } from 'vitest';
import { countryChoices, countryFieldText, readCountry, suggestCountries } from '../../../../src/domain/clients/country-choice';

function codes(text: string, locale: string): string[] {
  return suggestCountries(text, locale).map((choice) => choice.code);
}

describe('suggestCountries', () => {
  it('finds Germany from its first letters, in English and in German by either name', () => {
    expect(suggestCountries('Germ', 'en')[0]).toEqual({ code: 'DE', name: 'Germany' });
    expect(suggestCountries('Germ', 'de-DE')[0]).toEqual({ code: 'DE', name: 'Deutschland' });
    expect(suggestCountries('deutsch', 'de-DE')[0]).toEqual({ code: 'DE', name: 'Deutschland' });
  });

  it('lists Georgia and Germany apart for "Ge", each under its own name', () => {
    const found = suggestCountries('Ge', 'en');
    expect(found).toContainEqual({ code: 'GE', name: 'Georgia' });
    expect(found).toContainEqual({ code: 'DE', name: 'Germany' });
  });

  it('puts the country whose code was typed first, then names that start with the text', () => {
    expect(codes('de', 'en')[0]).toBe('DE');
    expect(codes('dk', 'en')).toEqual(['DK']);
    expect(codes('ge', 'en').slice(0, 2)).toEqual(['GE', 'DE']);
  });

  it('finds a later word of a name, and ignores case, accents and punctuation', () => {
    expect(codes('kingdom', 'en')).toContain('GB');
    expect(codes('cote d ivoire', 'en')).toEqual(['CI']);
    expect(codes('ÖSTERR', 'de')).toEqual(['AT']);
  });

  it('offers nothing for text no country name holds', () => {
    expect(suggestCountries('Atlantis', 'en')).toEqual([]);
  });

  it('offers every country, alphabetically in the locale, while nothing is typed', () => {
    const all = suggestCountries('  ', 'de-DE');
    expect(all).toEqual(countryChoices('de-DE'));
    expect(all.length).toBeGreaterThan(240);
    expect(all.findIndex((choice) => choice.code === 'AT')).toBeGreaterThan(all.findIndex((choice) => choice.code === 'AU'));
    expect(all.every((choice) => /^[A-Z]{2}$/.test(choice.code) && choice.name !== choice.code)).toBe(true);
  });

  it('names countries in English when the locale tag cannot be used', () => {
    expect(suggestCountries('Germ', 'not a locale')[0]).toEqual({ code: 'DE', name: 'Germany' });
  });
});

describe('readCountry', () => {
  it('reads a whole country name as its ISO code, in the locale or in English, case and accents aside', () => {
    expect(readCountry('Germany', 'en')).toEqual({ kind: 'value', code: 'DE' });
    expect(readCountry('deutschland', 'de-DE')).toEqual({ kind: 'value', code: 'DE' });
    expect(readCountry('Germany', 'de-DE')).toEqual({ kind: 'value', code: 'DE' });
    expect(readCountry(' Georgia ', 'en')).toEqual({ kind: 'value', code: 'GE' });
    expect(readCountry('Österreich', 'de')).toEqual({ kind: 'value', code: 'AT' });
  });

  it('reads empty text as no country', () => {
    expect(readCountry('   ', 'en')).toEqual({ kind: 'empty' });
  });

  it('does not take a bare code for a name, and says whose code it is', () => {
    expect(readCountry('GE', 'en')).toEqual({ kind: 'error', message: '“GE” is the code of Georgia: choose the country by its name from the list' });
  });

  it('names the country field and the text in the message for a name it does not know', () => {
    expect(readCountry('Germ', 'en')).toEqual({ kind: 'error', message: 'No country is called “Germ”: type part of its name and choose it from the list' });
    expect(readCountry('Atlantis', 'de-DE')).toEqual({ kind: 'error', message: 'No country is called “Atlantis”: type part of its name and choose it from the list' });
  });
});

describe('countryFieldText', () => {
  it('shows a stored code by its name in the locale, and a code the runtime cannot name as it is', () => {
    expect(countryFieldText('DE', 'en')).toBe('Germany');
    expect(countryFieldText('DE', 'de-DE')).toBe('Deutschland');
    expect(countryFieldText('YU', 'en')).toBe('YU');
    expect(countryFieldText(undefined, 'en')).toBe('');
  });

  it('gives text that reads back as the same code, for every country', () => {
    for (const { code } of countryChoices('fr')) expect(readCountry(countryFieldText(code, 'fr'), 'fr'), code).toEqual({ kind: 'value', code });
  });
});
