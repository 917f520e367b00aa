import { describe, expect, it } from 'vitest';
import { discountRefusal, draftIssueRefusal } from '../../../../src/domain/invoices/invoice-refusals';
import { invoiceTotals } from '../../../../src/domain/invoices/invoice-totals';

const line = (unitPriceMinor: number) => ({ quantityMilli: 1_000, unitPriceMinor, taxRateBasisPoints: 1900 });

describe('discountRefusal', () => {
  it('refuses an amount larger than the lines’ total, naming the most it may be', () => {
    expect(discountRefusal({ kind: 'amount', amountMinor: 61_751 }, 61_750, 'EUR', 'en-GB')).toBe('At most €617.50, the total of the lines');
    expect(discountRefusal({ kind: 'amount', amountMinor: 1_000 }, 0, 'EUR', 'de-DE')).toBe('At most 0,00\u00a0€, the total of the lines');
  });

  it('lets through a discount up to the whole of the lines, a percentage, or none', () => {
    expect(discountRefusal({ kind: 'amount', amountMinor: 61_750 }, 61_750, 'EUR', 'en-GB')).toBeUndefined();
    expect(discountRefusal({ kind: 'percent', basisPoints: 10_000 }, 61_750, 'EUR', 'en-GB')).toBeUndefined();
    expect(discountRefusal(undefined, 0, 'EUR', 'en-GB')).toBeUndefined();
  });
});

describe('draftIssueRefusal', () => {
  it('says why a draft cannot be issued before anyone tries: no lines, or a total below zero', () => {
    expect(draftIssueRefusal({ lines: [], totals: invoiceTotals([], undefined, false) })).toBe('Add at least one line before issuing');
    const lines = [line(10_000), line(-25_000)];
    expect(draftIssueRefusal({ lines, totals: invoiceTotals(lines, undefined, false) })).toBe(
      'This invoice totals less than zero, so it cannot be issued: an invoice never asks for a negative amount. Issue a credit note against the invoice it corrects instead',
    );
  });

  it('has nothing against a draft that totals zero or more', () => {
    const lines = [line(10_000), line(-10_000)];
    expect(draftIssueRefusal({ lines, totals: invoiceTotals(lines, undefined, false) })).toBeUndefined();
    expect(draftIssueRefusal({ lines: [line(100)], totals: invoiceTotals([line(100)], undefined, false) })).toBeUndefined();
  });
});
