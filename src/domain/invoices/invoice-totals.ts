import type { z } from 'zod';
import type { InvoiceLine, InvoiceTotals, invoiceDiscountSchema } from '../model';
import { allocateMinor } from '../money/allocate';
import { divideRoundHalfAwayFromZero } from '../money/rounding';
import { safeMinorFromBigInt } from '../money/safe-range';

export type InvoiceDiscount = z.infer<typeof invoiceDiscountSchema>;

/** The parts of a line that decide its money. */
export type PricedLine = Pick<InvoiceLine, 'quantityMilli' | 'unitPriceMinor' | 'taxRateBasisPoints'>;

const OPERATION = 'invoiceTotals';

/** amount = round-half-up(quantityMilli × unit price / 1000), in minor units; exact for any safe inputs. */
export function invoiceLineAmount(line: PricedLine): number {
  return safeMinorFromBigInt(divideRoundHalfAwayFromZero(BigInt(line.quantityMilli) * BigInt(line.unitPriceMinor), 1000n), OPERATION);
}

/** The whole discount in minor units, with the sign of the lines' net, never larger than that net. */
function discountAmount(linesNet: number, discount: InvoiceDiscount | undefined): number {
  if (discount === undefined) return 0;
  if (discount.kind === 'percent') {
    return safeMinorFromBigInt(divideRoundHalfAwayFromZero(BigInt(linesNet) * BigInt(discount.basisPoints), 10000n), OPERATION);
  }
  const capped = Math.min(discount.amountMinor, Math.abs(linesNet));
  // A zero discount stays +0 rather than −0, so stored totals compare equal.
  return linesNet < 0 && capped > 0 ? -capped : capped;
}

/**
 * Invoice totals as EN 16931 computes them: line amounts summed per tax rate, the document discount spread over
 * the rate groups in proportion to their nets (largest remainder, so the parts add up exactly), tax rounded once
 * per group on the group's discounted net, gross = net + tax. Under reverse charge the buyer accounts for the
 * tax, so every line falls into one group at rate 0. Credit notes carry negative quantities and mirror an invoice.
 */
export function invoiceTotals(lines: readonly PricedLine[], discount: InvoiceDiscount | undefined, reverseCharge: boolean): InvoiceTotals {
  const netByRate = new Map<number, number>();
  for (const line of lines) {
    const rate = reverseCharge ? 0 : line.taxRateBasisPoints;
    netByRate.set(rate, (netByRate.get(rate) ?? 0) + invoiceLineAmount(line));
  }
  const rates = [...netByRate.keys()].sort((a, b) => a - b);
  const groupNets = rates.map((rate) => netByRate.get(rate) ?? 0);
  const linesNet = groupNets.reduce((sum, net) => sum + net, 0);
  const discountMinor = discountAmount(linesNet, discount);
  const weights = groupNets.map((net) => Math.abs(net));
  const groupDiscounts = discountMinor === 0 ? groupNets.map(() => 0) : allocateMinor(discountMinor, weights);

  const taxGroups = rates.map((rate, index) => {
    const netMinor = (groupNets[index] ?? 0) - (groupDiscounts[index] ?? 0);
    const taxMinor = safeMinorFromBigInt(divideRoundHalfAwayFromZero(BigInt(netMinor) * BigInt(rate), 10000n), OPERATION);
    return { rateBasisPoints: rate, netMinor, taxMinor };
  });
  const netMinor = taxGroups.reduce((sum, group) => sum + group.netMinor, 0);
  const taxMinor = taxGroups.reduce((sum, group) => sum + group.taxMinor, 0);
  return { netMinor, taxMinor, grossMinor: netMinor + taxMinor, taxGroups };
}
