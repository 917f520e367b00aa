import { describe, expect, it } from 'vitest';
import {
  followNewPaymentChoice,
  initialNewPaymentValues,
  newPaymentContext,
  newPaymentRefusals,
  NO_INVOICE,
  type NewPaymentChoices,
} from '../../../../src/features/payments/new-payment-form-values';
import { client } from '../records';
import { owing } from '../invoices/invoice-records';

const choices: NewPaymentChoices = {
  clients: [client('client-1', { currency: 'USD' }), client('client-2', { currency: 'GBP' })],
  openInvoices: [owing('0007', 120_000, '2026-03-15', { clientId: 'client-2', currency: 'GBP', paidMinor: 20_000 })],
};
const settings = { baseCurrency: 'EUR', locale: 'en-GB' };

describe('the record-payment page’s values', () => {
  it('opens on the first client’s currency as a payout, or settling the invoice it was opened for', () => {
    expect(initialNewPaymentValues(choices, null, '2026-03-20', settings)).toEqual({
      clientId: 'client-1',
      invoiceId: NO_INVOICE,
      projectId: '',
      currency: 'USD',
      date: '2026-03-20',
      amount: '',
      fee: '',
      method: 'platform',
      exchangeRate: '',
      reference: '',
    });
    expect(initialNewPaymentValues(choices, '0007', '2026-03-20', settings)).toMatchObject({ clientId: 'client-2', invoiceId: '0007', currency: 'GBP', amount: '1000.00', method: 'bank', reference: '2026-0007' });
  });

  it('starts over for another client and fills in what a chosen invoice owes', () => {
    const follow = followNewPaymentChoice(choices, settings);
    const start = initialNewPaymentValues(choices, null, '2026-03-20', settings);
    const other = follow({ ...start, clientId: 'client-2', projectId: 'project-1' }, 'clientId');
    expect(other).toMatchObject({ clientId: 'client-2', invoiceId: NO_INVOICE, projectId: '', currency: 'GBP' });
    expect(follow({ ...other, invoiceId: '0007' }, 'invoiceId')).toMatchObject({ amount: '1000.00', method: 'bank', reference: '2026-0007' });
    expect(follow({ ...other, reference: 'kept' }, 'reference').reference).toBe('kept');
  });

  it('reads amounts in the invoice’s currency or the one typed, and refuses a currency that does not exist', () => {
    const start = initialNewPaymentValues(choices, null, '2026-03-20', { ...settings, locale: 'de-DE' });
    expect(newPaymentContext({ ...start, projectId: 'project-1' }, choices, settings)).toEqual({ clientId: 'client-1', currency: 'USD', baseCurrency: 'EUR', locale: 'en-GB', projectId: 'project-1' });
    const typo = { ...start, currency: 'usx' };
    expect(newPaymentContext(typo, choices, settings).currency).toBe('EUR');
    expect(newPaymentRefusals(typo, choices)).toEqual({ currency: 'Use a three-letter currency code, such as EUR or USD' });
    expect(newPaymentRefusals({ ...start, currency: ' chf ' }, choices)).toEqual({});
    const settling = initialNewPaymentValues(choices, '0007', '2026-03-20', settings);
    expect(newPaymentContext({ ...settling, projectId: 'project-1' }, choices, settings)).toEqual({ clientId: 'client-2', invoiceId: '0007', currency: 'GBP', baseCurrency: 'EUR', locale: 'en-GB' });
  });
});
