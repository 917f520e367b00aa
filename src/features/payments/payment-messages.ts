import type { Invoice } from '../../domain/model';
import { formatMoney } from '../../domain/money';
import { localeNumberSymbols } from '../../domain/money/locale-number-symbols';

/** "Payment of €400.00 recorded: Invoice 2026-0007 is now partly paid" — what a payment did to its invoice. */
export function paymentOutcomeMessage(invoice: Pick<Invoice, 'kind' | 'number' | 'currency'>, amountMinor: number, outstandingBefore: number, locale: string): string {
  const amount = formatMoney(amountMinor, invoice.currency, locale);
  const name = invoice.number === undefined ? 'The invoice' : `Invoice ${invoice.number}`;
  return amountMinor >= outstandingBefore ? `Payment of ${amount} recorded: ${name} is now paid` : `Payment of ${amount} recorded: ${name} is now partly paid`;
}

/** A stored rate written back for the input, in the locale's decimal sign: 0.92 → "0,92" in de-DE. */
export function formatRateForInput(rate: number, locale: string): string {
  const plain = String(rate);
  // Very small rates print in exponent form, which no one types; write them out in full.
  const digits = plain.includes('e') ? rate.toFixed(10).replace(/\.?0+$/, '') : plain;
  return digits.split('.').join(localeNumberSymbols(locale).decimal);
}
