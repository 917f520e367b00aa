import { describe, expect, it } from 'vitest';
import { creditNoteLines } from '../../../../src/domain/invoices/credit-note';
import { invoiceTotals } from '../../../../src/domain/invoices/invoice-totals';
import type { InvoiceLine } from '../../../../src/domain/model';

const lines: InvoiceLine[] = [
  { id: 'a', description: 'Dashboard rebuild', quantityMilli: 12_500, unit: 'hour', unitPriceMinor: 9500, taxRateBasisPoints: 1900, projectId: 'p1', timeEntryIds: ['e1', 'e2'] },
  { id: 'b', description: 'Workshop', quantityMilli: 0, unit: 'day', unitPriceMinor: 72_000, taxRateBasisPoints: 700, timeEntryIds: [] },
];

describe('creditNoteLines', () => {
  it('repeats each line with its quantity negated and its price kept, billing no time', () => {
    const credit = creditNoteLines({ lines });
    expect(credit.map(({ id: _id, ...line }) => line)).toEqual([
      { description: 'Dashboard rebuild', quantityMilli: -12_500, unit: 'hour', unitPriceMinor: 9500, taxRateBasisPoints: 1900, projectId: 'p1', timeEntryIds: [] },
      { description: 'Workshop', quantityMilli: 0, unit: 'day', unitPriceMinor: 72_000, taxRateBasisPoints: 700, timeEntryIds: [] },
    ]);
    expect(Object.is(credit[1]?.quantityMilli, -0)).toBe(false);
    expect(credit.map((line) => line.id)).not.toContain('a');
  });

  it('totals exactly the negated invoice, with a fixed discount too', () => {
    const discount = { kind: 'amount' as const, amountMinor: 3_333 };
    const original = invoiceTotals(lines, discount, false);
    const credit = invoiceTotals(creditNoteLines({ lines }), discount, false);
    // 12.5 h × €95 = €1,187.50 − €33.33 = €1,154.17; 19 % = €219.2923 → €219.29.
    expect(original).toMatchObject({ netMinor: 115_417, taxMinor: 21_929, grossMinor: 137_346 });
    expect(credit).toMatchObject({ netMinor: -115_417, taxMinor: -21_929, grossMinor: -137_346 });
  });
});
