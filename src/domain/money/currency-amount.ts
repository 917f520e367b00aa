/** An amount in one currency; lists of these are how figures across currencies stay honest, never added together. */
export interface CurrencyAmount {
  currency: string;
  amountMinor: number;
}
