import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db';
import { listPayments } from '../../db/repositories/payments';

/**
 * The rate last recorded from `currency` into `baseCurrency`, to start the next payment from: rates drift, but a
 * freelancer paid monthly in one currency usually types something close. Undefined until read or when none exists.
 */
export function useRecentExchangeRate(currency: string, baseCurrency: string): number | undefined {
  return useLiveQuery(async () => {
    if (currency === baseCurrency) return 1;
    const payments = await listPayments(db);
    return payments.find((payment) => payment.currency === currency && payment.baseCurrency === baseCurrency)?.exchangeRate;
  }, [currency, baseCurrency]);
}
