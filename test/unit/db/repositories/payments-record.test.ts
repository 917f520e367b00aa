import { describe, expect, it } from 'vitest';
import { createClient } from '../../../../src/db/repositories/clients';
import { getInvoice, listInvoicesAwaitingPayment } from '../../../../src/db/repositories/invoices';
import { createPayment, deletePayment, listPaymentsFiltered, recordPayment, restorePayment, updatePayment } from '../../../../src/db/repositories/payments';
import { listRollupsForMonths } from '../../../../src/db/repositories/rollups';
import { clientInput, expectErrors, expectNothingWritten, expectOk, freshDb, paymentInput } from '../test-db';
import { billingSetUp, draftOf, sentInvoice } from './invoicing-fixtures';

describe('recordPayment against an invoice', () => {
  it('moves the invoice to partly paid, then paid, in the same write', async () => {
    const db = freshDb();
    const { client, invoice } = await sentInvoice(db);
    expect(invoice.totals.grossMinor).toBe(73_483);

    expectOk(await recordPayment(db, paymentInput(client.id, { invoiceId: invoice.id, date: '2026-04-10', amountMinor: 30_000, feeMinor: 120, baseAmountMinor: 30_000 })));
    expect(await getInvoice(db, invoice.id)).toMatchObject({ status: 'partiallyPaid', paidMinor: 30_000 });

    expectOk(await recordPayment(db, paymentInput(client.id, { invoiceId: invoice.id, date: '2026-04-20', amountMinor: 43_483, baseAmountMinor: 43_483 })));
    expect(await getInvoice(db, invoice.id)).toMatchObject({ status: 'paid', paidMinor: 73_483 });
    expect(await listInvoicesAwaitingPayment(db)).toEqual([]);
    expect((await listRollupsForMonths(db, { fromMonth: '2026-04', toMonth: '2026-04' }))[0]).toMatchObject({ receivedMinor: 73_483, feesMinor: 120, invoicedMinor: 73_483 });
  });

  it('refuses more than is outstanding, naming the amount still owed, and writes nothing', async () => {
    const db = freshDb();
    const { client, invoice } = await sentInvoice(db);
    expectOk(await recordPayment(db, paymentInput(client.id, { invoiceId: invoice.id, amountMinor: 70_000 })));
    await expectNothingWritten(db.payments, async () => {
      expect(expectErrors(await recordPayment(db, paymentInput(client.id, { invoiceId: invoice.id, amountMinor: 3_484 })))).toEqual({
        amountMinor: 'Only €34.83 is still owed on invoice 2026-0007',
      });
      expect(expectErrors(await recordPayment(db, paymentInput(client.id, { invoiceId: invoice.id, amountMinor: 100, currency: 'USD' })))).toEqual({
        currency: 'Record the payment in EUR, the currency of invoice 2026-0007',
      });
      expect(expectErrors(await recordPayment(db, paymentInput(client.id, { invoiceId: invoice.id, amountMinor: 0 })))).toEqual({ amountMinor: 'Must be more than zero' });
    });
    expect(await getInvoice(db, invoice.id)).toMatchObject({ status: 'partiallyPaid', paidMinor: 70_000 });
  });

  it('refuses a draft, naming why', async () => {
    const db = freshDb();
    const { client } = await billingSetUp(db);
    const draft = await draftOf(db, client.id, []);
    expect(expectErrors(await recordPayment(db, paymentInput(client.id, { invoiceId: draft.id })))).toEqual({ invoiceId: 'Issue this invoice before recording a payment against it' });
  });
});

describe('recordPayment without an invoice', () => {
  it('stores marketplace earnings with their fee and base-currency amount', async () => {
    const db = freshDb();
    const client = expectOk(await createClient(db, clientInput({ name: 'Cedar Lane', platform: 'upwork', currency: 'USD' })));
    const payout = expectOk(
      await recordPayment(db, paymentInput(client.id, { date: '2026-03-03', amountMinor: 120_000, feeMinor: 12_000, currency: 'USD', baseAmountMinor: 110_400, exchangeRate: 0.92, method: 'platform' })),
    );
    expect(payout).toMatchObject({ amountMinor: 120_000, feeMinor: 12_000, baseAmountMinor: 110_400, exchangeRate: 0.92 });
    expect(payout).not.toHaveProperty('invoiceId');
  });
});

describe('changing payments keeps the invoice in step', () => {
  it('takes the status back when a payment is deleted, and forward again on restore', async () => {
    const db = freshDb();
    const { client, invoice } = await sentInvoice(db);
    const payment = expectOk(await recordPayment(db, paymentInput(client.id, { invoiceId: invoice.id, amountMinor: invoice.totals.grossMinor })));
    await deletePayment(db, payment.id);
    expect(await getInvoice(db, invoice.id)).toMatchObject({ status: 'sent', paidMinor: 0 });
    await restorePayment(db, payment.id);
    expect(await getInvoice(db, invoice.id)).toMatchObject({ status: 'paid', paidMinor: invoice.totals.grossMinor });
  });

  it('checks an edited amount against what the other payments left owing', async () => {
    const db = freshDb();
    const { client, invoice } = await sentInvoice(db);
    const first = expectOk(await recordPayment(db, paymentInput(client.id, { invoiceId: invoice.id, amountMinor: 40_000 })));
    expectOk(await recordPayment(db, paymentInput(client.id, { invoiceId: invoice.id, amountMinor: 30_000 })));
    expect(expectErrors(await updatePayment(db, first.id, { amountMinor: 43_484 }))).toEqual({ amountMinor: 'Only €434.83 is still owed on invoice 2026-0007' });
    expectOk(await updatePayment(db, first.id, { amountMinor: 43_483 }));
    expect(await getInvoice(db, invoice.id)).toMatchObject({ status: 'paid', paidMinor: 73_483 });
    // A change that does not touch the money is not checked again.
    expectOk(await updatePayment(db, first.id, { reference: 'Bank ref 88' }));
    const unlinked = expectOk(await updatePayment(db, first.id, { invoiceId: undefined }));
    expect(unlinked).not.toHaveProperty('invoiceId');
    expect(await getInvoice(db, invoice.id)).toMatchObject({ status: 'partiallyPaid', paidMinor: 30_000 });
  });

  it('settles the invoice when an imported payment is stored directly', async () => {
    const db = freshDb();
    const { client, invoice } = await sentInvoice(db);
    expectOk(await createPayment(db, paymentInput(client.id, { invoiceId: invoice.id, amountMinor: 1_000, source: 'import', importKey: 'bank:1' })));
    expect(await getInvoice(db, invoice.id)).toMatchObject({ status: 'partiallyPaid', paidMinor: 1_000 });
  });
});

describe('listPaymentsFiltered', () => {
  it('filters by client, inclusive dates and method, newest first', async () => {
    const db = freshDb();
    const northwind = expectOk(await createClient(db, clientInput()));
    const cedar = expectOk(await createClient(db, clientInput({ name: 'Cedar Lane', currency: 'USD' })));
    const march = expectOk(await recordPayment(db, paymentInput(northwind.id, { date: '2026-03-01' })));
    const april = expectOk(await recordPayment(db, paymentInput(northwind.id, { date: '2026-04-30', method: 'paypal' })));
    const may = expectOk(await recordPayment(db, paymentInput(northwind.id, { date: '2026-05-01' })));
    const payout = expectOk(await recordPayment(db, paymentInput(cedar.id, { date: '2026-04-02', method: 'platform', currency: 'USD' })));
    const gone = expectOk(await recordPayment(db, paymentInput(cedar.id, { date: '2026-04-03' })));
    await deletePayment(db, gone.id);
    const ids = async (filter: Parameters<typeof listPaymentsFiltered>[1]) => (await listPaymentsFiltered(db, filter)).map((payment) => payment.id);

    expect(await ids({})).toEqual([may.id, april.id, payout.id, march.id]);
    expect(await ids({ from: '2026-03-01', to: '2026-04-30' })).toEqual([april.id, payout.id, march.id]);
    expect(await ids({ clientId: northwind.id, from: '2026-04-01' })).toEqual([may.id, april.id]);
    expect(await ids({ clientId: northwind.id, to: '2026-04-30', method: 'paypal' })).toEqual([april.id]);
    expect(await ids({ method: 'platform' })).toEqual([payout.id]);
    expect(await ids({ from: '2026-05-02', to: '2026-05-01' })).toEqual([]);
  });
});
