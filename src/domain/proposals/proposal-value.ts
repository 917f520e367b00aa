import { multiplyByQuantity, sumMinor, type CurrencyAmount } from '../money';
import type { Proposal } from '../model';

/**
 * What the proposal is worth if won: the fixed price, or the hourly rate times the estimated hours. Undefined for
 * an hourly bid without an estimate, which has no value to add up.
 */
export function bidValueMinor(proposal: Pick<Proposal, 'bid' | 'estimatedHours'>): number | undefined {
  if (proposal.bid.kind === 'fixed') return proposal.bid.amountMinor;
  if (proposal.estimatedHours === undefined) return undefined;
  return multiplyByQuantity(proposal.bid.rateMinor, Math.round(proposal.estimatedHours * 1000));
}

/** Sums amounts per currency, currencies in alphabetical order. */
export function totalsByCurrency(amounts: readonly CurrencyAmount[]): CurrencyAmount[] {
  const grouped = new Map<string, number[]>();
  for (const { currency, amountMinor } of amounts) grouped.set(currency, [...(grouped.get(currency) ?? []), amountMinor]);
  return [...grouped.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, values]) => ({ currency, amountMinor: sumMinor(values) }));
}
