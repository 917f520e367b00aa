import type { Invoice, Payment } from '../../domain/model';
import { formatMoney } from '../../domain/money';
import { localeNumberSymbols } from '../../domain/money/locale-number-symbols';
import { formatDay } from '../../shared/date-display';

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

/** "Payment of €400.00 on 10 Apr 2026": a payment named as the user tells it apart from others in a list. */
export function paymentLabel(payment: Pick<Payment, 'amountMinor' | 'currency' | 'date'>, locale: string): string {
  return `Payment of ${formatMoney(payment.amountMinor, payment.currency, locale)} on ${formatDay(payment.date, locale)}`;
}
