import type { Invoice, Payment } from '../../../../src/domain/model';

/** Small builders for stored invoices and payments, so each test states only the fields it is about. */

export function invoice(id: string, overrides: Partial<Invoice> = {}): Invoice {
  return {
    id,
    createdAt: 0,
    updatedAt: 0,
    kind: 'invoice',
    clientId: 'client-1',
    currency: 'EUR',
    status: 'sent',
    lines: [],
    reverseCharge: false,
    totals: { netMinor: 0, taxMinor: 0, grossMinor: 0, taxGroups: [] },
    notes: '',
    paidMinor: 0,
    ...overrides,
  };
}

/** An issued invoice owing `grossMinor`, due on `dueDate`. */
export function owing(id: string, grossMinor: number, dueDate: string, overrides: Partial<Invoice> = {}): Invoice {
  return invoice(id, {
    number: `2026-${id}`,
    issueDate: '2026-03-01',
    dueDate,
    totals: { netMinor: grossMinor, taxMinor: 0, grossMinor, taxGroups: [{ rateBasisPoints: 0, netMinor: grossMinor, taxMinor: 0 }] },
    ...overrides,
  });
}

export function payment(id: string, overrides: Partial<Payment> = {}): Payment {
  return {
    id,
    createdAt: 0,
    updatedAt: 0,
    clientId: 'client-1',
    date: '2026-03-10',
    amountMinor: 10_000,
    feeMinor: 0,
    currency: 'EUR',
    baseAmountMinor: 10_000,
    baseCurrency: 'EUR',
    exchangeRate: 1,
    method: 'bank',
    source: 'manual',
    ...overrides,
  };
}
