import type { ImportedPayment } from '../../domain/importers/import-types';
import { convertMinor } from '../../domain/money/convert';
import { currencyExponent } from '../../domain/money/currency';

const DAY_MS = 86_400_000;

function dayNumber(isoDate: string): number {
  return Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS;
}

/** A withdrawal's own rate: bank-currency units per account-currency unit, to six decimals. */
function withdrawalRate(withdrawal: ImportedPayment): number | undefined {
  if (withdrawal.localAmountMinor === undefined || withdrawal.localCurrency === undefined || withdrawal.amountMinor === 0) return undefined;
  const local = withdrawal.localAmountMinor / 10 ** currencyExponent(withdrawal.localCurrency);
  const account = withdrawal.amountMinor / 10 ** currencyExponent(withdrawal.currency);
  const rate = Math.round((local / account) * 1_000_000) / 1_000_000;
  return rate > 0 ? rate : undefined;
}

/**
 * The rate an imported earning is recorded at in the base currency. The same currency is 1; otherwise the rate of
 * the file's withdrawal into the base currency nearest in date, which is what the money really fetched; without
 * one, 1, to be corrected on the payment.
 */
export function exchangeRateForImport(payment: ImportedPayment, all: readonly ImportedPayment[], baseCurrency: string): { rate: number; baseAmountMinor: number } {
  if (payment.currency === baseCurrency) return { rate: 1, baseAmountMinor: payment.amountMinor };
  const day = dayNumber(payment.date);
  const nearest = all
    .filter((candidate) => candidate.kind === 'withdrawal' && candidate.currency === payment.currency && candidate.localCurrency === baseCurrency)
    .map((candidate) => ({ rate: withdrawalRate(candidate), distance: Math.abs(dayNumber(candidate.date) - day) }))
    .filter((candidate): candidate is { rate: number; distance: number } => candidate.rate !== undefined)
    .sort((a, b) => a.distance - b.distance)[0];
  const rate = nearest?.rate ?? 1;
  return { rate, baseAmountMinor: convertMinor(payment.amountMinor, payment.currency, baseCurrency, rate) };
}
