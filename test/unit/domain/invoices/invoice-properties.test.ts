import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { creditNoteLines } from '../../../../src/domain/invoices/credit-note';
import { invoiceLineAmount, invoiceTotals, type InvoiceDiscount } from '../../../../src/domain/invoices/invoice-totals';
import type { InvoiceLine } from '../../../../src/domain/model';

/*
 * Properties over 10 000 random invoices each. The expected figures are recomputed here from first principles, in
 * BigInt and with this file's own rounding, so a mistake shared by the code and its helpers cannot hide.
 */

const RUNS = { numRuns: 10_000 };
/** Ten thousand runs take seconds on a busy machine; this bounds a hang, it is not a speed target. */
const PROPERTY_TIMEOUT_MS = 120_000;

/** Round half away from zero, written independently of src/domain/money/rounding. */
function roundHalfAway(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n;
  const magnitude = negative ? -numerator : numerator;
  const doubled = (magnitude * 2n + denominator) / (denominator * 2n);
  return negative ? -doubled : doubled;
}

const lineArbitrary: fc.Arbitrary<InvoiceLine> = fc.record({
  id: fc.constant('line'),
  description: fc.constant('Work'),
  // Mostly ordinary hours and items, sometimes a negative correction line.
  quantityMilli: fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 0, max: 2_000_000 }) }, { weight: 1, arbitrary: fc.integer({ min: -200_000, max: -1 }) }),
  unit: fc.constantFrom('hour', 'day', 'item'),
  unitPriceMinor: fc.integer({ min: 0, max: 25_000_000 }),
  taxRateBasisPoints: fc.oneof(fc.constantFrom(0, 500, 700, 1000, 1900, 2000, 2100, 2500), fc.integer({ min: 0, max: 10_000 })),
  timeEntryIds: fc.constant([]),
});

const discountArbitrary: fc.Arbitrary<InvoiceDiscount | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.record({ kind: fc.constant('percent' as const), basisPoints: fc.integer({ min: 0, max: 10_000 }) }),
  fc.record({ kind: fc.constant('amount' as const), amountMinor: fc.integer({ min: 0, max: 5_000_000_000 }) }),
);

const invoiceArbitrary = fc.record({
  lines: fc.array(lineArbitrary, { minLength: 1, maxLength: 8 }),
  discount: discountArbitrary,
  reverseCharge: fc.boolean(),
});

/** Σ quantity × price per line, each rounded once, recomputed in BigInt. */
function expectedLineAmount(line: InvoiceLine): bigint {
  return roundHalfAway(BigInt(line.quantityMilli) * BigInt(line.unitPriceMinor), 1000n);
}

function expectedDiscount(linesNet: bigint, discount: InvoiceDiscount | undefined): bigint {
  if (discount === undefined) return 0n;
  if (discount.kind === 'percent') return roundHalfAway(linesNet * BigInt(discount.basisPoints), 10_000n);
  const magnitude = linesNet < 0n ? -linesNet : linesNet;
  const capped = BigInt(discount.amountMinor) < magnitude ? BigInt(discount.amountMinor) : magnitude;
  return linesNet < 0n ? -capped : capped;
}

describe('invoiceTotals over random invoices', () => {
  it('keeps every amount a whole number of minor units', () => {
    fc.assert(
      fc.property(invoiceArbitrary, ({ lines, discount, reverseCharge }) => {
        const totals = invoiceTotals(lines, discount, reverseCharge);
        const amounts = [
          ...lines.map(invoiceLineAmount),
          totals.netMinor,
          totals.taxMinor,
          totals.grossMinor,
          ...totals.taxGroups.flatMap((group) => [group.netMinor, group.taxMinor, group.rateBasisPoints]),
        ];
        expect(amounts.filter((amount) => !Number.isSafeInteger(amount))).toEqual([]);
      }),
      RUNS,
    );
  }, PROPERTY_TIMEOUT_MS);

  it('makes net = Σ lines − discount, and gross = net + tax', () => {
    fc.assert(
      fc.property(invoiceArbitrary, ({ lines, discount, reverseCharge }) => {
        const totals = invoiceTotals(lines, discount, reverseCharge);
        const linesNet = lines.reduce((sum, line) => sum + expectedLineAmount(line), 0n);
        expect(BigInt(totals.netMinor)).toBe(linesNet - expectedDiscount(linesNet, discount));
        expect(totals.grossMinor).toBe(totals.netMinor + totals.taxMinor);
        expect(totals.taxMinor).toBe(totals.taxGroups.reduce((sum, group) => sum + group.taxMinor, 0));
        expect(totals.netMinor).toBe(totals.taxGroups.reduce((sum, group) => sum + group.netMinor, 0));
      }),
      RUNS,
    );
  }, PROPERTY_TIMEOUT_MS);

  it('taxes each rate group once, on the group net, with the discount spread in proportion', () => {
    fc.assert(
      fc.property(invoiceArbitrary, ({ lines, discount, reverseCharge }) => {
        const totals = invoiceTotals(lines, discount, reverseCharge);
        const linesByRate = new Map<number, bigint>();
        for (const line of lines) {
          const rate = reverseCharge ? 0 : line.taxRateBasisPoints;
          linesByRate.set(rate, (linesByRate.get(rate) ?? 0n) + expectedLineAmount(line));
        }
        expect(totals.taxGroups.map((group) => group.rateBasisPoints)).toEqual([...linesByRate.keys()].sort((a, b) => a - b));

        const linesNet = [...linesByRate.values()].reduce((sum, net) => sum + net, 0n);
        const discountTotal = expectedDiscount(linesNet, discount);
        const weightSum = [...linesByRate.values()].reduce((sum, net) => sum + (net < 0n ? -net : net), 0n);
        for (const group of totals.taxGroups) {
          const groupLines = linesByRate.get(group.rateBasisPoints) ?? 0n;
          const share = groupLines - BigInt(group.netMinor);
          // Within one minor unit of the exact proportional share: |share × Σw − discount × w| < Σw.
          if (weightSum > 0n) {
            const weight = groupLines < 0n ? -groupLines : groupLines;
            const gap = share * weightSum - discountTotal * weight;
            expect(gap < 0n ? -gap : gap).toBeLessThan(weightSum);
          }
          // The group's tax, rounded once from the group's net: not a sum of per-line taxes.
          expect(BigInt(group.taxMinor)).toBe(roundHalfAway(BigInt(group.netMinor) * BigInt(group.rateBasisPoints), 10_000n));
        }
        if (reverseCharge) expect(totals.taxMinor).toBe(0);
      }),
      RUNS,
    );
  }, PROPERTY_TIMEOUT_MS);

  it('lets a credit note cancel its invoice exactly, group by group', () => {
    fc.assert(
      fc.property(invoiceArbitrary, ({ lines, discount, reverseCharge }) => {
        const invoice = invoiceTotals(lines, discount, reverseCharge);
        const credit = invoiceTotals(creditNoteLines({ lines }), discount, reverseCharge);
        expect(credit.netMinor + invoice.netMinor).toBe(0);
        expect(credit.taxMinor + invoice.taxMinor).toBe(0);
        expect(credit.grossMinor + invoice.grossMinor).toBe(0);
        expect(credit.taxGroups.map((group) => group.rateBasisPoints)).toEqual(invoice.taxGroups.map((group) => group.rateBasisPoints));
        const uncancelled = credit.taxGroups.filter((group, index) => {
          const original = invoice.taxGroups[index];
          return original === undefined || group.netMinor + original.netMinor !== 0 || group.taxMinor + original.taxMinor !== 0;
        });
        expect(uncancelled).toEqual([]);
      }),
      RUNS,
    );
  }, PROPERTY_TIMEOUT_MS);
});
