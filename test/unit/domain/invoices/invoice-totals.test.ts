import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { invoiceLineAmount, invoiceTotals, type PricedLine } from '../../../../src/domain/invoices/invoice-totals';

const line = (quantityMilli: number, unitPriceMinor: number, taxRateBasisPoints = 1900): PricedLine => ({ quantityMilli, unitPriceMinor, taxRateBasisPoints });

describe('invoiceLineAmount', () => {
  it('rounds quantity × price half up, away from zero', () => {
    expect(invoiceLineAmount(line(1500, 9500))).toBe(14_250);
    expect(invoiceLineAmount(line(1, 500))).toBe(1); // 0.5 → 1
    expect(invoiceLineAmount(line(1, 499))).toBe(0); // 0.499 → 0
    expect(invoiceLineAmount(line(-1, 500))).toBe(-1); // −0.5 → −1
    expect(invoiceLineAmount(line(333, 100))).toBe(33);
  });

  it('stays exact where the product leaves the float range', () => {
    expect(invoiceLineAmount(line(9_000_000_000, 1_000_000_001))).toBe(9_000_000_009_000_000);
  });
});

describe('invoiceTotals', () => {
  it('sums lines per rate and taxes each group once', () => {
    const totals = invoiceTotals([line(1000, 333), line(1000, 333), line(1000, 333), line(2000, 1000, 700)], undefined, false);
    // 3 × 3.33 = 9.99 at 19 % → 1.8981 → 1.90 once for the group, not 3 × 0.63.
    expect(totals).toEqual({
      netMinor: 2999,
      taxMinor: 190 + 140,
      grossMinor: 2999 + 330,
      taxGroups: [
        { rateBasisPoints: 700, netMinor: 2000, taxMinor: 140 },
        { rateBasisPoints: 1900, netMinor: 999, taxMinor: 190 },
      ],
    });
  });

  it('spreads a percent discount over the rate groups before tax', () => {
    const totals = invoiceTotals([line(1000, 10_000), line(1000, 5_000, 700)], { kind: 'percent', basisPoints: 1000 }, false);
    expect(totals.taxGroups).toEqual([
      { rateBasisPoints: 700, netMinor: 4500, taxMinor: 315 },
      { rateBasisPoints: 1900, netMinor: 9000, taxMinor: 1710 },
    ]);
    expect(totals).toMatchObject({ netMinor: 13_500, taxMinor: 2025, grossMinor: 15_525 });
  });

  it('caps a fixed discount at the net and splits it so the parts add up exactly', () => {
    const totals = invoiceTotals([line(1000, 100), line(1000, 100, 700), line(1000, 100, 0)], { kind: 'amount', amountMinor: 100 }, false);
    expect(totals.taxGroups.map((group) => group.netMinor)).toEqual([66, 67, 67]);
    expect(totals.netMinor).toBe(200);
    expect(invoiceTotals([line(1000, 100)], { kind: 'amount', amountMinor: 5000 }, false)).toMatchObject({ netMinor: 0, taxMinor: 0, grossMinor: 0 });
  });

  it('charges no tax under reverse charge', () => {
    expect(invoiceTotals([line(2000, 9500), line(1000, 100, 700)], undefined, true)).toEqual({
      netMinor: 19_100,
      taxMinor: 0,
      grossMinor: 19_100,
      taxGroups: [{ rateBasisPoints: 0, netMinor: 19_100, taxMinor: 0 }],
    });
  });

  it('gives nothing for no lines', () => {
    expect(invoiceTotals([], { kind: 'percent', basisPoints: 500 }, false)).toEqual({ netMinor: 0, taxMinor: 0, grossMinor: 0, taxGroups: [] });
  });

  const lineArbitrary = fc.record({
    quantityMilli: fc.integer({ min: 0, max: 500_000 }),
    unitPriceMinor: fc.integer({ min: 0, max: 1_000_000 }),
    taxRateBasisPoints: fc.constantFrom(0, 700, 1900, 2000),
  });
  const discountArbitrary = fc.option(
    fc.oneof(
      fc.record({ kind: fc.constant('percent' as const), basisPoints: fc.integer({ min: 0, max: 10_000 }) }),
      fc.record({ kind: fc.constant('amount' as const), amountMinor: fc.integer({ min: 0, max: 10_000_000 }) }),
    ),
    { nil: undefined },
  );

  it('keeps gross = net + tax, and the groups add up to the totals', () => {
    fc.assert(
      fc.property(fc.array(lineArbitrary, { maxLength: 8 }), discountArbitrary, fc.boolean(), (lines, discount, reverseCharge) => {
        const totals = invoiceTotals(lines, discount, reverseCharge);
        expect(totals.grossMinor).toBe(totals.netMinor + totals.taxMinor);
        expect(totals.taxGroups.reduce((sum, group) => sum + group.netMinor, 0)).toBe(totals.netMinor);
        expect(totals.taxGroups.reduce((sum, group) => sum + group.taxMinor, 0)).toBe(totals.taxMinor);
        const linesNet = lines.reduce((sum, l) => sum + invoiceLineAmount(l), 0);
        expect(totals.netMinor).toBeLessThanOrEqual(linesNet);
        expect(totals.netMinor).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('mirrors an invoice exactly in its credit note', () => {
    fc.assert(
      fc.property(fc.array(lineArbitrary, { maxLength: 8 }), discountArbitrary, fc.boolean(), (lines, discount, reverseCharge) => {
        const invoice = invoiceTotals(lines, discount, reverseCharge);
        const credit = invoiceTotals(
          lines.map((l) => ({ ...l, quantityMilli: -l.quantityMilli })),
          discount,
          reverseCharge,
        );
        expect(credit.grossMinor + invoice.grossMinor).toBe(0);
        expect(credit.taxMinor + invoice.taxMinor).toBe(0);
        expect(credit.netMinor + invoice.netMinor).toBe(0);
      }),
    );
  });
});
