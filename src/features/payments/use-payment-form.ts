import { useState } from 'react';
import type { WriteResult } from '../../db/repositories/write-result';
import type { Payment, PaymentInput } from '../../domain/model';
import type { FormMessages } from '../../shared/record-form-state';
import { useRecordForm, type RecordForm, type SubmitOutcome } from '../../shared/use-record-form';
import { paymentFormMessages, readPaymentForm, type PaymentContext, type PaymentFormValues } from './payment-form-values';
import { formatRateForInput } from './payment-messages';
import { usePaymentCommands } from './use-payment-commands';
import { useRecentExchangeRate } from './use-payments';

export interface PaymentFormOptions<V extends PaymentFormValues> {
  initial: () => V;
  /** Who pays, for what, and the currency the amounts are in, as the values stand. */
  contextOf: (values: V) => PaymentContext;
  /** Messages on the form's own fields that stop the save before the payment is read (an unknown currency, say). */
  refusals?: (values: V, context: PaymentContext) => FormMessages<keyof V & string>['byField'];
  /** Fields that follow another as it changes (choosing an invoice fills in its outstanding amount, say). */
  follow?: (next: V, field: keyof V & string, previous: V) => V;
  /** What to announce once the payment is stored. */
  announcement: (payment: Payment) => string;
  /** Stores the payment read from the form: recording a new one unless given (saving a correction, say). */
  write?: (input: PaymentInput) => Promise<WriteResult<Payment>>;
  /** The initial values carry a rate of their own (a stored payment's), which no suggestion may replace. */
  startsWithRate?: boolean;
}

export interface PaymentForm<V> extends RecordForm<V, Payment> {
  context: PaymentContext;
}

/**
 * A record-payment form over the one record-form hook. The exchange rate starts from the last one recorded for the
 * currency until the user types their own, and changing currency brings the suggestion for the new one unless a
 * rate was typed. Messages land under the form's fields whatever the payment input calls them.
 */
export function usePaymentForm<V extends PaymentFormValues>({
  initial,
  contextOf,
  refusals,
  follow,
  announcement,
  write,
  startsWithRate = false,
}: PaymentFormOptions<V>): PaymentForm<V> {
  const { recordPayment } = usePaymentCommands();
  const [rateTyped, setRateTyped] = useState(startsWithRate);

  const form = useRecordForm<V, Payment>({
    initial,
    noun: 'Payment',
    follow,
    // Runs on save, after this render has defined what it calls below.
    submit: (typed) => submit(withSuggestedRate(typed)),
  });

  const typedContext = contextOf(form.values);
  const recentRate = useRecentExchangeRate(typedContext.currency, typedContext.baseCurrency);
  const withSuggestedRate = (values: V): V =>
    rateTyped || recentRate === undefined ? values : { ...values, exchangeRate: formatRateForInput(recentRate, contextOf(values).locale) };

  const submit = async (values: V): Promise<SubmitOutcome<V, Payment>> => {
    const context = contextOf(values);
    const refused = refusals?.(values, context) ?? {};
    if (Object.keys(refused).length > 0) return { ok: false, messages: { byField: refused, other: [] } };
    const reading = readPaymentForm(values, context);
    if (!reading.ok) return { ok: false, messages: paymentFormMessages(reading.errors, values) };
    const result = await (write ?? recordPayment)(reading.input);
    if (!result.ok) return { ok: false, messages: paymentFormMessages(result.errors, values) };
    return { ok: true, value: result.value, announcement: announcement(result.value) };
  };

  const setValue = <F extends keyof V & string>(field: F, value: V[F]) => {
    if (field === 'exchangeRate') setRateTyped(true);
    form.setValue(field, value);
  };

  const values = withSuggestedRate(form.values);
  return { ...form, values, setValue, context: contextOf(values) };
}
