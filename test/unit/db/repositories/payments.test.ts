import { describe, expect, it } from 'vitest';
import type { ReputeDb } from '../../../../src/db/db';
import { createClient } from '../../../../src/db/repositories/clients';
import { createInvoice } from '../../../../src/db/repositories/invoices';
import { createPayment, deletePayment, getPayment, listPayments, restorePayment, updatePayment } from '../../../../src/db/repositories/payments';
import { clientInput, expectErrors, expectNothingWritten, expectOk, freshDb, invoiceInput, paymentInput } from '../test-db';

async function twoClients(db: ReputeDb) {
  const client = expectOk(await createClient(db, clientInput()));
  const other = expectOk(await createClient(db, clientInput({ name: 'Cedar Lane Coffee Roasters', platform: 'upwork', currency: 'USD' })));
  return { client, other };
}

describe('createPayment', () => {
  it('stores a valid payment', async () => {
    const db = freshDb();
    const { client } = await twoClients(db);
    const payment = expectOk(await createPayment(db, paymentInput(client.id, { reference: 'INV 2026-0001' })));
    expect(await getPayment(db, payment.id)).toEqual(payment);
  });

  it('reports invalid fields and writes nothing', async () => {
    const db = freshDb();
    const { client } = await twoClients(db);
    await expectNothingWritten(db.payments, async () => {
      expect(expectErrors(await createPayment(db, paymentInput(client.id, { amountMinor: 0, feeMinor: -1, exchangeRate: 0 })))).toEqual({
        amountMinor: 'Must be more than zero',
        feeMinor: 'Must not be negative',
        exchangeRate: 'Must be more than zero',
      });
      expect(expectErrors(await createPayment(db, paymentInput('nope', { projectId: 'nope' })))).toEqual({
        clientId: 'No such client',
        projectId: 'No such project',
      });
    });
  });

  it('refuses an invoice of another client and a repeated import key', async () => {
    const db = freshDb();
    const { client, other } = await twoClients(db);
    const invoice = expectOk(await createInvoice(db, invoiceInput(client.id)));
    expect(expectErrors(await createPayment(db, paymentInput(other.id, { invoiceId: invoice.id })))).toEqual({ invoiceId: 'This invoice belongs to another client' });
    expectOk(await createPayment(db, paymentInput(other.id, { importKey: 'upwork:tx-1', source: 'import' })));
    expect(expectErrors(await createPayment(db, paymentInput(other.id, { importKey: 'upwork:tx-1', source: 'import' })))).toEqual({
      importKey: 'A payment with this import key already exists',
    });
    expect(await db.payments.count()).toBe(1);
  });
});

describe('updatePayment', () => {
  it('merges and validates, leaving the stored payment as it was on failure', async () => {
    const db = freshDb();
    const { client } = await twoClients(db);
    const payment = expectOk(await createPayment(db, paymentInput(client.id)));
    await expectNothingWritten(db.payments, async () => {
      expect(expectErrors(await updatePayment(db, payment.id, { date: '2026-02-30', currency: 'usd' }))).toEqual({
        date: 'This date does not exist',
        currency: 'Use a three-letter ISO 4217 code, such as EUR or USD',
      });
    });
    const updated = expectOk(await updatePayment(db, payment.id, { feeMinor: 500 }));
    expect(updated).toMatchObject({ feeMinor: 500, amountMinor: payment.amountMinor, createdAt: payment.createdAt });
    expect(await updatePayment(db, 'missing', { feeMinor: 1 })).toEqual({ ok: false, errors: { id: 'No such payment' } });
  });
});

describe('deletePayment and restorePayment', () => {
  it('soft-deletes and restores', async () => {
    const db = freshDb();
    const { client } = await twoClients(db);
    const payment = expectOk(await createPayment(db, paymentInput(client.id)));
    await deletePayment(db, payment.id);
    expect((await getPayment(db, payment.id))?.deletedAt).toEqual(expect.any(Number));
    expect(await listPayments(db)).toEqual([]);
    await restorePayment(db, payment.id);
    expect(await listPayments(db)).toHaveLength(1);
  });
});

describe('listPayments', () => {
  it('filters by client and invoice, newest date first', async () => {
    const db = freshDb();
    const { client, other } = await twoClients(db);
    const invoice = expectOk(await createInvoice(db, invoiceInput(client.id)));
    const early = expectOk(await createPayment(db, paymentInput(client.id, { date: '2026-01-15', invoiceId: invoice.id })));
    const late = expectOk(await createPayment(db, paymentInput(client.id, { date: '2026-03-15' })));
    const platform = expectOk(await createPayment(db, paymentInput(other.id, { date: '2026-02-15', currency: 'USD', method: 'platform' })));
    const ids = (payments: { id: string }[]) => payments.map((payment) => payment.id);

    expect(ids(await listPayments(db))).toEqual([late.id, platform.id, early.id]);
    expect(ids(await listPayments(db, { clientId: client.id }))).toEqual([late.id, early.id]);
    expect(ids(await listPayments(db, { invoiceId: invoice.id }))).toEqual([early.id]);
    expect(ids(await listPayments(db, { invoiceId: invoice.id, clientId: other.id }))).toEqual([]);
  });
});
