import { localeNumberSymbols } from '../domain/money/locale-number-symbols';
import { readTypedDecimal } from './typed-number';

/** A typed number read exactly: the value as an integer of `scale` decimals (1.5 at scale 3 is 1500), or why not. */
export type ScaledReading = { ok: true; scaled: number } | { ok: false; error: string };

/**
 * Reads what a person types in a number field (see readTypedDecimal) as an exact integer scaled by 10^scale.
 * Negative numbers are refused: every field that uses this one counts something.
 */
export function readScaledDecimal(text: string, locale: string, scale: number, example: string): ScaledReading {
  const reading = readTypedDecimal(text, locale);
  if (reading.kind !== 'number') return { ok: false, error: `Enter a number, such as ${example}` };
  if (reading.negative) return { ok: false, error: 'Must not be negative' };
  if (reading.fraction.length > scale) {
    return { ok: false, error: scale === 0 ? 'Use a whole number' : `Use at most ${scale} decimal${scale === 1 ? '' : 's'}` };
  }
  const scaled = Number(`${reading.whole}${reading.fraction.padEnd(scale, '0')}`);
  if (!Number.isSafeInteger(scaled)) return { ok: false, error: 'This number is too large' };
  return { ok: true, scaled };
}

/** An integer of `scale` decimals written back for an input, in the locale's decimal sign, trailing zeros dropped. */
export function formatScaledForInput(scaled: number, locale: string, scale: number): string {
  const { decimal } = localeNumberSymbols(locale);
  const negative = scaled < 0;
  const digits = String(Math.abs(scaled)).padStart(scale + 1, '0');
  const whole = scale === 0 ? digits : digits.slice(0, -scale);
  const fraction = scale === 0 ? '' : digits.slice(-scale).replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${fraction === '' ? '' : `${decimal}${fraction}`}`;
}

/** Thousandths of a unit: quantities on invoice lines. */
export const QUANTITY_SCALE = 3;
/** Hundredths of a percent, i.e. basis points: tax rates and percentage discounts. */
export const PERCENT_SCALE = 2;
const BASIS_POINTS_PER_WHOLE = 10_000;

/** A tax rate or discount typed as a percentage, "19" or "7,5", in basis points (1900, 750), at most 100 %. */
export function readPercent(text: string, locale: string): ScaledReading {
  const reading = readScaledDecimal(text, locale, PERCENT_SCALE, `19 or 7${localeNumberSymbols(locale).decimal}5`);
  if (!reading.ok) return reading;
  if (reading.scaled > BASIS_POINTS_PER_WHOLE) return { ok: false, error: 'At most 100 %' };
  return reading;
}

/** Basis points as the percentage a person would type: 1900 → "19", 750 → "7.5" (or "7,5"). */
export function formatPercentForInput(basisPoints: number, locale: string): string {
  return formatScaledForInput(basisPoints, locale, PERCENT_SCALE);
}

/** A line quantity, "1.5" hours or "3" items, in thousandths; more than zero. */
export function readQuantityMilli(text: string, locale: string): ScaledReading {
  const reading = readScaledDecimal(text, locale, QUANTITY_SCALE, `1 or 2${localeNumberSymbols(locale).decimal}5`);
  if (!reading.ok) return reading;
  if (reading.scaled === 0) return { ok: false, error: 'Must be more than zero' };
  return reading;
}
