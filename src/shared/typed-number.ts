import { localeNumberSymbols } from '../domain/money/locale-number-symbols';

/**
 * A number as a person typed it, read to its exact digits: nothing typed, a number (sign, whole and fraction digits
 * as text, so no binary fraction stands between the keyboard and the stored figure), or not a number.
 */
export type TypedDecimal = { kind: 'empty' } | { kind: 'number'; negative: boolean; whole: string; fraction: string } | { kind: 'invalid' };

const MINUS_SIGNS = ['-', '\u2212'];
/** Typed input often carries invisible direction marks copied from formatted text; they carry no meaning here. */
const INVISIBLE_FORMAT_CHARACTERS = /\p{Cf}/gu;

/** Grouped digits read as a person writes them: 1–3 digits first, 3 last, 2 or 3 between (Indian 1,23,456). */
function ungroup(whole: string, group: string): string | undefined {
  if (!whole.includes(group)) return whole;
  const groups = whole.split(group);
  const plausible = groups.every((digits, index) => {
    if (index === 0) return digits.length >= 1 && digits.length <= 3;
    if (index === groups.length - 1) return digits.length === 3;
    return digits.length === 2 || digits.length === 3;
  });
  return plausible ? groups.join('') : undefined;
}

/**
 * The one reader of numbers typed into the app's forms. It takes the locale's decimal sign ("1,5" in de-DE) and
 * always a point too ("1.5"), spaces anywhere (French groups with them), the locale's grouping where it groups
 * digits ("1,234.5" in en-US, "1.234,5" in de-DE) and nowhere else ("1,5" in en-GB is not fifteen), and a leading
 * minus, which is left for each field's rules to accept or refuse.
 */
export function readTypedDecimal(text: string, locale: string): TypedDecimal {
  const { decimal, group } = localeNumberSymbols(locale);
  let rest = text.replace(INVISIBLE_FORMAT_CHARACTERS, '').replace(/\s/gu, '');
  if (rest === '') return { kind: 'empty' };
  const minus = MINUS_SIGNS.find((sign) => rest.startsWith(sign));
  if (minus !== undefined) rest = rest.slice(minus.length);

  const compactGroup = group.replace(/\s/gu, '');
  // The locale's own decimal sign wins. Without it, a point is the decimal sign ("12.5" in de-DE), except where the
  // locale groups with points and the digits are grouped as it groups them ("1.000" in de-DE is a thousand).
  const groupedWithPoints = compactGroup === '.' && !rest.includes(decimal) && rest.includes('.') && ungroup(rest, '.') !== undefined;
  const decimalSign = rest.includes(decimal) || groupedWithPoints ? decimal : '.';
  const parts = rest.split(decimalSign);
  if (parts.length > 2) return { kind: 'invalid' };
  const [wholeText = '', fraction = ''] = parts;
  const whole = compactGroup === '' || compactGroup === decimalSign ? wholeText : ungroup(wholeText, compactGroup);
  if (whole === undefined) return { kind: 'invalid' };
  if (!/^\d*$/.test(whole) || !/^\d*$/.test(fraction) || whole + fraction === '') return { kind: 'invalid' };
  return { kind: 'number', negative: minus !== undefined, whole: whole === '' ? '0' : whole, fraction };
}

/** The typed number as a JavaScript number, for quantities that are not money (hours, days, rates). */
export function typedDecimalValue(reading: Extract<TypedDecimal, { kind: 'number' }>): number {
  const magnitude = Number(reading.fraction === '' ? reading.whole : `${reading.whole}.${reading.fraction}`);
  return reading.negative && magnitude !== 0 ? -magnitude : magnitude;
}
