import { useState } from 'react';
import { formatRateForInput } from './payment-messages';
import type { PaymentFormValues } from './payment-form-values';
import { useRecentExchangeRate } from './use-recent-exchange-rate';

/**
 * The payment form's values, with the exchange rate starting from the last one recorded for the currency until the
 * user types their own. Changing currency brings the suggestion for the new one, unless a rate was typed.
 */
export function usePaymentFormValues(initial: () => PaymentFormValues, currency: string, baseCurrency: string, locale: string): [PaymentFormValues, (values: PaymentFormValues) => void] {
  const [values, setValues] = useState(initial);
  const [rateTyped, setRateTyped] = useState(false);
  const recentRate = useRecentExchangeRate(currency, baseCurrency);
  const shown = rateTyped || recentRate === undefined ? values : { ...values, exchangeRate: formatRateForInput(recentRate, locale) };
  const update = (next: PaymentFormValues) => {
    if (next.exchangeRate !== shown.exchangeRate) setRateTyped(true);
    setValues(next);
  };
  return [shown, update];
}
