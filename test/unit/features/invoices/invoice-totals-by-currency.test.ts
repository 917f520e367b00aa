import { describe, expect, it } from 'vitest';
import type { Invoice } from '../../../../src/domain/model';
import { invoiceTotalsByCurrency } from '../../../../src/features/invoices/invoice-totals-by-currency';

let sequence = 0;
function invoice(overrides: Partial<Invoice> & Pick<Invoice, 'currency' | 'status'>, grossMinor: number): Invoice {
  sequence += 1;
  return {
    id: `inv-${sequence}`,
    createdAt: 0,
    updatedAt: 0,
    number: `2026-${String(sequence).padStart(3, '0')}`,
    kind: 'invoice',
    clientId: 'client-1',
    issueDate: '2026-03-01',
    dueDate: '2026-03-31',
    lines: [],
    reverseCharge: false,
    totals: { netMinor: grossMinor, taxMinor: 0, grossMinor, taxGroups: [] },
    notes: '',
    paidMinor: 0,
    ...overrides,
  };
}

describe('invoiceTotalsByCurrency', () => {
  it('keeps each currency apart, alphabetically', () => {
    const totals = invoiceTotalsByCurrency(
      [invoice({ currency: 'USD', status: 'sent' }, 50_000), invoice({ currency: 'EUR', status: 'sent' }, 120_000), invoice({ currency: 'EUR', status: 'paid', paidMinor: 30_000 }, 30_000)],
      '2026-03-15',
    );
    expect(totals).toEqual([
      { currency: 'EUR', invoicedMinor: 150_000, outstandingMinor: 120_000, overdueMinor: 0 },
      { currency: 'USD', invoicedMinor: 50_000, outstandingMinor: 50_000, overdueMinor: 0 },
    ]);
  });

  it('counts what is still owed past the due date as overdue', () => {
    const totals = invoiceTotalsByCurrency([invoice({ currency: 'EUR', status: 'partiallyPaid', paidMinor: 40_000 }, 100_000)], '2026-04-02');
    expect(totals[0]).toMatchObject({ outstandingMinor: 60_000, overdueMinor: 60_000 });
  });

  it('leaves drafts and void invoices out and subtracts credit notes', () => {
    const totals = invoiceTotalsByCurrency(
      [
        invoice({ currency: 'EUR', status: 'draft', number: undefined }, 99_000),
        invoice({ currency: 'EUR', status: 'void' }, 88_000),
        invoice({ currency: 'EUR', status: 'paid', paidMinor: 100_000 }, 100_000),
        invoice({ currency: 'EUR', status: 'issued', kind: 'creditNote' }, 20_000),
      ],
      '2026-03-15',
    );
    expect(totals).toEqual([{ currency: 'EUR', invoicedMinor: 80_000, outstandingMinor: 0, overdueMinor: 0 }]);
  });

  it('is empty when nothing was issued', () => {
    expect(invoiceTotalsByCurrency([invoice({ currency: 'EUR', status: 'draft' }, 10_000)], '2026-03-15')).toEqual([]);
  });
});
