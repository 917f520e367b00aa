import { COUNTRY_CODES, countryName } from './client-codes';

/** A country as a picker lists it: its ISO 3166-1 alpha-2 code and its name in the reader's language. */
export interface CountryChoice {
  code: string;
  name: string;
}

interface Searchable extends CountryChoice {
  /** The name and the English name, folded for matching, each with a leading space so " word" finds a word start. */
  folded: string;
  foldedEnglish: string;
}

/**
 * Case, accents and punctuation aside: "Côte d’Ivoire" is found by "cote d ivoire". Folding happens once per name
 * per locale, not per keystroke.
 */
function fold(text: string): string {
  return ` ${text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()}`;
}

const choicesByLocale = new Map<string, readonly Searchable[]>();

/** Every country the runtime can name in the locale, in that language's alphabetical order; English where it names none. */
function searchableCountries(locale: string): readonly Searchable[] {
  const cached = choicesByLocale.get(locale);
  if (cached !== undefined) return cached;
  // A locale tag the runtime cannot use names nothing: English then, rather than an empty list.
  const nameLocale = countryName('DE', locale) === undefined ? 'en' : locale;
  const collator = new Intl.Collator(nameLocale, { sensitivity: 'base' });
  const choices = [...COUNTRY_CODES]
    .flatMap((code) => {
      const name = countryName(code, nameLocale);
      if (name === undefined) return [];
      const english = countryName(code, 'en') ?? name;
      return [{ code, name, folded: fold(name), foldedEnglish: fold(english) }];
    })
    .sort((a, b) => collator.compare(a.name, b.name));
  choicesByLocale.set(locale, choices);
  return choices;
}

/** Every country, named and ordered in the locale. */
export function countryChoices(locale: string): CountryChoice[] {
  return searchableCountries(locale).map(({ code, name }) => ({ code, name }));
}

/**
 * How well a country matches what was typed, lower is better, undefined for no match: the code typed exactly, then
 * its name starting with the text, the English name starting with it (so "Germ" finds Deutschland in German too),
 * then a later word of either name ("kingdom" finds the United Kingdom).
 */
function matchRank(choice: Searchable, query: string): number | undefined {
  if (query.trim() === choice.code.toLowerCase()) return 0;
  if (choice.folded.startsWith(query)) return 1;
  if (choice.foldedEnglish.startsWith(query)) return 2;
  if (choice.folded.includes(query)) return 3;
  if (choice.foldedEnglish.includes(query)) return 4;
  return undefined;
}

/** The countries a picker offers for the text typed so far, best match first; every country while nothing is typed. */
export function suggestCountries(text: string, locale: string): CountryChoice[] {
  const query = fold(text);
  const all = searchableCountries(locale);
  if (query.trim() === '') return countryChoices(locale);
  return all
    .flatMap((choice, order) => {
      const rank = matchRank(choice, query);
      return rank === undefined ? [] : [{ choice, rank, order }];
    })
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .map(({ choice }) => ({ code: choice.code, name: choice.name }));
}

/** What the country field shows for a stored code: its name, or the code itself where the runtime names none. */
export function countryFieldText(code: string | undefined, locale: string): string {
  if (code === undefined) return '';
  return countryName(code, locale) ?? code;
}

export type CountryReading = { kind: 'empty' } | { kind: 'value'; code: string } | { kind: 'error'; message: string };

/**
 * The country a field's text names: its whole name in the locale or in English, case and accents aside. A bare code
 * is not taken for a name, as "GE" typed for Germany would quietly become Georgia; the message says whose code it is.
 */
export function readCountry(text: string, locale: string): CountryReading {
  const query = fold(text);
  if (query.trim() === '') return { kind: 'empty' };
  const match = searchableCountries(locale).find((choice) => choice.folded === query || choice.foldedEnglish === query);
  if (match !== undefined) return { kind: 'value', code: match.code };
  const typed = text.trim();
  const byCode = searchableCountries(locale).find((choice) => choice.code === typed.toUpperCase());
  if (byCode !== undefined) {
    return { kind: 'error', message: `“${typed}” is the code of ${byCode.name}: choose the country by its name from the list` };
  }
  return { kind: 'error', message: `No country is called “${typed}”: type part of its name and choose it from the list` };
}
