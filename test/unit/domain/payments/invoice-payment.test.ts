import { describe, expect, it } from 'vitest';
import type { Invoice } from '../../../../src/domain/model';
import { invoicePaymentRefusal, paidTowardInvoice } from '../../../../src/domain/payments/invoice-payment';

const totals = { netMinor: 100_000, taxMinor: 19_000, grossMinor: 119_000, taxGroups: [] };
const sent: Pick<Invoice, 'kind' | 'status' | 'number' | 'currency' | 'totals' | 'paidMinor' | 'creditedByInvoiceId'> = {
  kind: 'invoice',
  status: 'sent',
  number: '2026-0007',
  currency: 'EUR',
  totals,
  paidMinor: 19_000,
};

describe('invoicePaymentRefusal', () => {
  it('accepts up to what is still owed', () => {
    expect(invoicePaymentRefusal(sent, { amountMinor: 100_000, currency: 'EUR' }, 'en-GB')).toBeUndefined();
    expect(invoicePaymentRefusal(sent, { amountMinor: 1, currency: 'EUR' }, 'en-GB')).toBeUndefined();
  });

  it('refuses more than is outstanding on the amount, naming what is owed in the locale', () => {
    expect(invoicePaymentRefusal(sent, { amountMinor: 100_001, currency: 'EUR' }, 'en-GB')).toEqual({
      field: 'amountMinor',
      message: 'Only €1,000.00 is still owed on invoice 2026-0007',
    });
    expect(invoicePaymentRefusal(sent, { amountMinor: 100_001, currency: 'EUR' }, 'de-DE')?.message).toMatch(/^Only 1\.000,00\s€ is still owed on invoice 2026-0007$/);
  });

  it('refuses another currency, drafts, void, credited and paid invoices, and credit notes', () => {
    expect(invoicePaymentRefusal(sent, { amountMinor: 10, currency: 'USD' }, 'en')).toEqual({ field: 'currency', message: 'Record the payment in EUR, the currency of invoice 2026-0007' });
    expect(invoicePaymentRefusal({ ...sent, status: 'draft', number: undefined }, { amountMinor: 10, currency: 'EUR' }, 'en')?.message).toBe(
      'Issue this invoice before recording a payment against it',
    );
    expect(invoicePaymentRefusal({ ...sent, status: 'void' }, { amountMinor: 10, currency: 'EUR' }, 'en')?.message).toBe('Invoice 2026-0007 is void');
    expect(invoicePaymentRefusal({ ...sent, creditedByInvoiceId: 'c' }, { amountMinor: 10, currency: 'EUR' }, 'en')?.message).toBe(
      'Invoice 2026-0007 was cancelled by a credit note',
    );
    expect(invoicePaymentRefusal({ ...sent, status: 'paid', paidMinor: 119_000 }, { amountMinor: 10, currency: 'EUR' }, 'en')?.message).toBe(
      'Invoice 2026-0007 is already paid in full',
    );
    expect(invoicePaymentRefusal({ ...sent, kind: 'creditNote' }, { amountMinor: 10, currency: 'EUR' }, 'en')?.field).toBe('invoiceId');
  });
});

describe('paidTowardInvoice', () => {
  it('adds live payments in the invoice currency only', () => {
    expect(
      paidTowardInvoice({ currency: 'EUR' }, [
        { amountMinor: 500, currency: 'EUR' },
        { amountMinor: 700, currency: 'EUR', deletedAt: 1 },
        { amountMinor: 900, currency: 'USD' },
        { amountMinor: 1, currency: 'EUR' },
      ]),
    ).toBe(501);
  });
});
