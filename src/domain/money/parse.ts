import { currencyExponent } from './currency';
import { currencyMarkers, localeNumberSymbols, type LocaleNumberSymbols } from './locale-number-symbols';
import { MAX_SAFE_MINOR } from './safe-range';

export type ParseMoneyResult = { ok: true; amountMinor: number } | { ok: false; error: string };

const MINUS_SIGNS = ['-', '\u2212'];
const APOSTROPHES = ["'", '\u2019'];
/** Characters some locale uses to separate digits: typed where this locale does not, they mean a separator mix-up. */
const SEPARATOR_LIKE = /^[.,'\u2019\u066b\u066c\s]$/u;

/** Typed input often carries invisible direction marks copied from formatted text; they carry no meaning here. */
const INVISIBLE_FORMAT_CHARACTERS = /\p{Cf}/gu;

function isGroupSeparator(character: string, group: string): boolean {
  if (character === group) return true;
  // Locales that group with a (narrow) no-break space are typed with an ordinary space.
  if (/\s/u.test(group)) return /\s/u.test(character);
  if (APOSTROPHES.includes(group)) return APOSTROPHES.includes(character);
  return false;
}

function asciiDigit(character: string, symbols: LocaleNumberSymbols): string | undefined {
  if (/^[0-9]$/.test(character)) return character;
  const index = symbols.digits.indexOf(character);
  return index === -1 ? undefined : String(index);
}

/** Groups are 1–3 digits first, exactly 3 last, and 2 or 3 between (so Indian 1,23,456 groups are accepted). */
function isPlausibleGrouping(groups: readonly string[]): boolean {
  return groups.every((digits, index) => {
    if (index === 0) return digits.length >= 1 && digits.length <= 3;
    if (index === groups.length - 1) return digits.length === 3;
    return digits.length === 2 || digits.length === 3;
  });
}

function exampleAmount(locale: string, exponent: number): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: exponent, maximumFractionDigits: exponent }).format(
    exponent === 0 ? 1234 : 1234.5,
  );
}

function startsWithIgnoringCase(text: string, prefix: string): boolean {
  return text.slice(0, prefix.length).toUpperCase() === prefix.toUpperCase();
}

function endsWithIgnoringCase(text: string, suffix: string): boolean {
  return text.length >= suffix.length && text.slice(text.length - suffix.length).toUpperCase() === suffix.toUpperCase();
}

/**
 * Reads an amount as a person types it in their locale: "1.234,50 €" in de-DE, "-$1,234.50" or "USD 12" in en-US,
 * "¥1,234" for JPY. Accepts the locale's decimal and grouping separators, its digits, an optional currency symbol or
 * code before or after the number, and a leading minus. Rejects empty input, letters, misplaced separators and more
 * decimals than the currency has, each with a message fit to show beside the field.
 */
export function parseMoney(text: string, currency: string, locale: string): ParseMoneyResult {
  const exponent = currencyExponent(currency);
  const symbols = localeNumberSymbols(locale);
  const markers = currencyMarkers(currency, locale);
  const example = exampleAmount(locale, exponent);
  const groupName = symbols.group.trim() === '' ? 'a space' : `"${symbols.group}"`;
  const notANumber = { ok: false, error: `Enter a number such as ${example}` } as const;
  const hasLetters = { ok: false, error: `An amount has no letters; enter a number such as ${example}` } as const;
  const wrongSeparators = {
    ok: false,
    error: `Use "${symbols.decimal}" for decimals and ${groupName} to group digits, as in ${example}`,
  } as const;
  const unexpectedCharacter = (character: string) => (SEPARATOR_LIKE.test(character) ? wrongSeparators : notANumber);

  let rest = text.replace(INVISIBLE_FORMAT_CHARACTERS, '').trim();
  let negative = false;
  const takeMinus = (): void => {
    const minus = [...MINUS_SIGNS, symbols.minusSign].find((sign) => rest.startsWith(sign));
    if (minus === undefined || negative) return;
    negative = true;
    rest = rest.slice(minus.length).trimStart();
  };
  const takeCurrencyPrefix = (): void => {
    const marker = markers.find((candidate) => startsWithIgnoringCase(rest, candidate));
    if (marker !== undefined) rest = rest.slice(marker.length).trimStart();
  };
  const takeCurrencySuffix = (): void => {
    const marker = markers.find((candidate) => endsWithIgnoringCase(rest, candidate));
    if (marker !== undefined) rest = rest.slice(0, rest.length - marker.length).trimEnd();
  };
  takeMinus();
  takeCurrencyPrefix();
  takeMinus();
  takeCurrencySuffix();

  if (rest === '') return { ok: false, error: 'Enter an amount' };
  if (/\p{L}/u.test(rest)) return hasLetters;

  const pieces = rest.split(symbols.decimal);
  if (pieces.length > 2) return wrongSeparators;
  const [integerText = '', fractionText = ''] = pieces;

  const groups: string[] = [''];
  for (const character of integerText) {
    const digit = asciiDigit(character, symbols);
    if (digit !== undefined) {
      groups[groups.length - 1] += digit;
    } else if (isGroupSeparator(character, symbols.group)) {
      groups.push('');
    } else {
      return unexpectedCharacter(character);
    }
  }
  if (groups.length > 1 && !isPlausibleGrouping(groups)) return wrongSeparators;

  let fractionDigits = '';
  for (const character of fractionText) {
    const digit = asciiDigit(character, symbols);
    if (digit !== undefined) fractionDigits += digit;
    else if (isGroupSeparator(character, symbols.group)) return wrongSeparators;
    else return unexpectedCharacter(character);
  }

  const integerDigits = groups.join('');
  if (integerDigits === '' && fractionDigits === '') return notANumber;
  if (fractionDigits.length > exponent) {
    return {
      ok: false,
      error: exponent === 0 ? `${currency} amounts have no decimals` : `${currency} amounts have at most ${exponent} decimal${exponent === 1 ? '' : 's'}`,
    };
  }

  const magnitude = BigInt((integerDigits === '' ? '0' : integerDigits) + fractionDigits.padEnd(exponent, '0'));
  if (magnitude > BigInt(MAX_SAFE_MINOR)) return { ok: false, error: 'This amount is too large' };
  return { ok: true, amountMinor: Number(negative ? -magnitude : magnitude) };
}
