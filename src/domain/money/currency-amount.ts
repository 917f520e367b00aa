/** An amount in one currency; lists of these are how figures across currencies stay honest, never added together. */
export interface CurrencyAmount {
  currency: string;
  amountMinor: number;
}

/** Amounts added up within each currency, never across; zero totals dropped; the largest first, then by code. */
export function totalsByCurrency(amounts: Iterable<CurrencyAmount>): CurrencyAmount[] {
  const totals = new Map<string, number>();
  for (const { currency, amountMinor } of amounts) totals.set(currency, (totals.get(currency) ?? 0) + amountMinor);
  return [...totals]
    .filter(([, amountMinor]) => amountMinor !== 0)
    .map(([currency, amountMinor]) => ({ currency, amountMinor }))
    .sort((a, b) => b.amountMinor - a.amountMinor || a.currency.localeCompare(b.currency));
}
