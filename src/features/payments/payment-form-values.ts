import type { FieldErrors } from '../../db/repositories/write-result';
import type { PaymentInput } from '../../domain/model';
import { convertMinor, parseMoney } from '../../domain/money';
import { localeNumberSymbols } from '../../domain/money/locale-number-symbols';
import type { PaymentMethod } from '../../domain/payments/payment-methods';
import type { FormMessages } from '../../shared/record-form-state';

/** The record-payment form as typed. Amounts stay text until saved, so a half-typed figure is never rewritten. */
export interface PaymentFormValues {
  date: string;
  amount: string;
  fee: string;
  method: PaymentMethod;
  exchangeRate: string;
  reference: string;
}

/** What the form cannot ask for itself: who paid, for what, in which currency, and the currency earnings count in. */
export interface PaymentContext {
  clientId: string;
  invoiceId?: string;
  projectId?: string;
  currency: string;
  baseCurrency: string;
  locale: string;
}

export type RateReading = { ok: true; rate: number } | { ok: false; error: string };

/** Enough for any published rate (0.0000012345 BTC-style quotes are not money this app keeps). */
const MAX_RATE_DECIMALS = 10;

/**
 * An exchange rate as typed, "1.0842" or "1,0842", kept as the number those digits spell: convertMinor reads a rate
 * back through its shortest spelling, so the rate stored is exactly the one the user saw on their bank statement.
 */
export function readExchangeRate(text: string, locale: string): RateReading {
  const { decimal } = localeNumberSymbols(locale);
  const normalised = text.trim().replace(/\s/g, '').split(decimal).join('.');
  if (normalised === '') return { ok: false, error: 'Enter the rate, such as 0.92' };
  const match = /^(\d+)(?:\.(\d+))?$/.exec(normalised);
  if (match === null) return { ok: false, error: `Enter the rate as a number, such as 0${decimal}92` };
  if ((match[2] ?? '').length > MAX_RATE_DECIMALS) return { ok: false, error: `Use at most ${MAX_RATE_DECIMALS} decimals` };
  const rate = Number(normalised);
  if (!(rate > 0) || !Number.isFinite(rate)) return { ok: false, error: 'Must be more than zero' };
  return { ok: true, rate };
}

/** The amount in the base currency at the typed rate, or undefined while the amount or rate cannot be read. */
export function baseAmountPreview(values: Pick<PaymentFormValues, 'amount' | 'exchangeRate'>, context: PaymentContext): number | undefined {
  const amount = parseMoney(values.amount, context.currency, context.locale);
  const rate = context.currency === context.baseCurrency ? ({ ok: true, rate: 1 } as const) : readExchangeRate(values.exchangeRate, context.locale);
  if (!amount.ok || !rate.ok || amount.amountMinor <= 0) return undefined;
  try {
    return convertMinor(amount.amountMinor, context.currency, context.baseCurrency, rate.rate);
  } catch {
    return undefined;
  }
}

export type PaymentFormReading = { ok: true; input: PaymentInput } | { ok: false; errors: FieldErrors };

/**
 * The typed form as the repository's input, or a message per field. Errors are keyed by the input's own field
 * names (amountMinor, feeMinor, exchangeRate …), so the repository's answers land on the same fields.
 */
export function readPaymentForm(values: PaymentFormValues, context: PaymentContext): PaymentFormReading {
  const errors: FieldErrors = {};
  const amount = parseMoney(values.amount, context.currency, context.locale);
  if (!amount.ok) errors.amountMinor = amount.error;
  else if (amount.amountMinor <= 0) errors.amountMinor = 'Must be more than zero';

  const fee = values.fee.trim() === '' ? ({ ok: true, amountMinor: 0 } as const) : parseMoney(values.fee, context.currency, context.locale);
  if (!fee.ok) errors.feeMinor = fee.error;
  else if (fee.amountMinor < 0) errors.feeMinor = 'Must not be negative';
  else if (amount.ok && amount.amountMinor > 0 && fee.amountMinor > amount.amountMinor) errors.feeMinor = 'The fee cannot be more than the amount received';

  const sameCurrency = context.currency === context.baseCurrency;
  const rate = sameCurrency ? ({ ok: true, rate: 1 } as const) : readExchangeRate(values.exchangeRate, context.locale);
  if (!rate.ok) errors.exchangeRate = rate.error;

  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.date)) errors.date = 'Choose the day the money arrived';

  if (!amount.ok || !fee.ok || !rate.ok || Object.keys(errors).length > 0) return { ok: false, errors };

  const reference = values.reference.trim();
  const input: PaymentInput = {
    clientId: context.clientId,
    date: values.date,
    amountMinor: amount.amountMinor,
    feeMinor: fee.amountMinor,
    currency: context.currency,
    baseAmountMinor: convertMinor(amount.amountMinor, context.currency, context.baseCurrency, rate.rate),
    baseCurrency: context.baseCurrency,
    exchangeRate: rate.rate,
    method: values.method,
    source: 'manual',
  };
  if (context.invoiceId !== undefined) input.invoiceId = context.invoiceId;
  if (context.projectId !== undefined) input.projectId = context.projectId;
  if (reference !== '') input.reference = reference;
  return { ok: true, input };
}

/** The form fields that the payment input names differently: the amounts are read into minor units. */
const FORM_FIELD_OF_INPUT_FIELD: Readonly<Record<string, keyof PaymentFormValues>> = { amountMinor: 'amount', feeMinor: 'fee' };

/**
 * Messages keyed by the payment input's fields, as readPaymentForm and the repository give them, put under the
 * form's own fields (amountMinor under the amount, feeMinor under the fee). A message about a field the form does not
 * show (the invoice, in a dialog opened from it) is kept for above the buttons rather than lost.
 */
export function paymentFormMessages<V extends PaymentFormValues>(errors: FieldErrors, values: V): FormMessages<keyof V & string> {
  const isShown = (field: string): field is keyof V & string => Object.hasOwn(values, field);
  const byField: Partial<Record<keyof V & string, string>> = {};
  const other: string[] = [];
  for (const [inputField, message] of Object.entries(errors)) {
    if (message === undefined || message === '') continue;
    const field = FORM_FIELD_OF_INPUT_FIELD[inputField] ?? inputField;
    if (isShown(field)) byField[field] ??= message;
    else other.push(message);
  }
  return { byField, other };
}
