import { describe, expect, it } from 'vitest';
import type { ReputeDb } from '../../../../src/db/db';
import { getInvoice } from '../../../../src/db/repositories/invoices';
import { deletePayment, getPayment, recordPayment, restorePayment, updatePayment } from '../../../../src/db/repositories/payments';
import { listRollupsForMonths } from '../../../../src/db/repositories/rollups';
import { expectErrors, expectOk, freshDb, paymentInput } from '../test-db';
import { sentInvoice } from './invoicing-fixtures';

const APRIL = { fromMonth: '2026-04', toMonth: '2026-04' };

/** A sent invoice of €734.83, paid in full by two April payments: €400.00 (fee €2.00) and €334.83. */
async function paidInvoice(db: ReputeDb) {
  const { client, invoice } = await sentInvoice(db);
  const first = expectOk(await recordPayment(db, paymentInput(client.id, { invoiceId: invoice.id, date: '2026-04-10', amountMinor: 40_000, feeMinor: 200, baseAmountMinor: 40_000 })));
  const second = expectOk(await recordPayment(db, paymentInput(client.id, { invoiceId: invoice.id, date: '2026-04-20', amountMinor: 33_483, baseAmountMinor: 33_483 })));
  expect(await getInvoice(db, invoice.id)).toMatchObject({ status: 'paid', paidMinor: 73_483 });
  return { client, invoice, first, second };
}

async function aprilReceived(db: ReputeDb) {
  const [april] = await listRollupsForMonths(db, APRIL);
  return { receivedMinor: april?.receivedMinor, feesMinor: april?.feesMinor, invoicedMinor: april?.invoicedMinor };
}

/** Makes every write to the rollups throw, until the returned function is called. */
function failRollupWrites(db: ReputeDb): () => void {
  const fail = () => {
    throw new Error('rollup write failed');
  };
  db.rollups.hook('creating', fail);
  db.rollups.hook('updating', fail);
  db.rollups.hook('deleting', fail);
  return () => {
    db.rollups.hook('creating').unsubscribe(fail);
    db.rollups.hook('updating').unsubscribe(fail);
    db.rollups.hook('deleting').unsubscribe(fail);
  };
}

describe('deleting a payment of a paid invoice', () => {
  it('takes the invoice back to partly paid and the received money out of the rollups; undo puts both back', async () => {
    const db = freshDb();
    const { invoice, first } = await paidInvoice(db);

    const deleted = expectOk(await deletePayment(db, first.id));
    expect(deleted.deletedAt).toEqual(expect.any(Number));
    expect(await getInvoice(db, invoice.id)).toMatchObject({ status: 'partiallyPaid', paidMinor: 33_483 });
    expect(await aprilReceived(db)).toEqual({ receivedMinor: 33_483, feesMinor: 0, invoicedMinor: 73_483 });

    const restored = expectOk(await restorePayment(db, first.id));
    expect(restored).not.toHaveProperty('deletedAt');
    expect(await getInvoice(db, invoice.id)).toMatchObject({ status: 'paid', paidMinor: 73_483 });
    expect(await aprilReceived(db)).toEqual({ receivedMinor: 73_483, feesMinor: 200, invoicedMinor: 73_483 });
  });

  it('takes the invoice back to sent when its last payment goes', async () => {
    const db = freshDb();
    const { invoice, first, second } = await paidInvoice(db);
    expectOk(await deletePayment(db, first.id));
    expectOk(await deletePayment(db, second.id));
    expect(await getInvoice(db, invoice.id)).toMatchObject({ status: 'sent', paidMinor: 0 });
    expect(await aprilReceived(db)).toEqual({ receivedMinor: 0, feesMinor: 0, invoicedMinor: 73_483 });
  });

  it('changes nothing, payment, invoice or rollups, when the rollups cannot be written', async () => {
    const db = freshDb();
    const { invoice, first } = await paidInvoice(db);
    const invoiceBefore = await getInvoice(db, invoice.id);
    const rollupsBefore = await db.rollups.toArray();
    const restoreHooks = failRollupWrites(db);
    try {
      await expect(deletePayment(db, first.id)).rejects.toThrow('rollup write failed');
    } finally {
      restoreHooks();
    }
    expect(await getPayment(db, first.id)).toEqual(first);
    expect(await getInvoice(db, invoice.id)).toEqual(invoiceBefore);
    expect(await db.rollups.toArray()).toEqual(rollupsBefore);
  });

  it('refuses an undo that would pay the invoice twice, naming what is still owed, and keeps the payment deleted', async () => {
    const db = freshDb();
    const { client, invoice, first } = await paidInvoice(db);
    expectOk(await deletePayment(db, first.id));
    expectOk(await recordPayment(db, paymentInput(client.id, { invoiceId: invoice.id, date: '2026-04-12', amountMinor: 40_000, baseAmountMinor: 40_000 })));

    expect(expectErrors(await restorePayment(db, first.id))).toEqual({ invoiceId: 'Invoice 2026-0007 is already paid in full' });
    expect((await getPayment(db, first.id))?.deletedAt).toEqual(expect.any(Number));
    expect(await getInvoice(db, invoice.id)).toMatchObject({ status: 'paid', paidMinor: 73_483 });
  });

  it('answers an unknown payment with a message rather than silence', async () => {
    const db = freshDb();
    expect(expectErrors(await deletePayment(db, 'missing'))).toEqual({ id: 'No such payment' });
    expect(expectErrors(await restorePayment(db, 'missing'))).toEqual({ id: 'No such payment' });
  });
});

describe('editing a payment of a paid invoice', () => {
  it('lowers the amount: the invoice becomes partly paid and the rollups follow', async () => {
    const db = freshDb();
    const { invoice, first } = await paidInvoice(db);
    expectOk(await updatePayment(db, first.id, { amountMinor: 30_000, baseAmountMinor: 30_000 }));
    expect(await getInvoice(db, invoice.id)).toMatchObject({ status: 'partiallyPaid', paidMinor: 63_483 });
    expect(await aprilReceived(db)).toEqual({ receivedMinor: 63_483, feesMinor: 200, invoicedMinor: 73_483 });

    expectOk(await updatePayment(db, first.id, { amountMinor: 40_000, baseAmountMinor: 40_000 }));
    expect(await getInvoice(db, invoice.id)).toMatchObject({ status: 'paid', paidMinor: 73_483 });
  });

  it('still refuses raising the amount past the gross, naming what the other payments left owing', async () => {
    const db = freshDb();
    const { invoice, first } = await paidInvoice(db);
    expect(expectErrors(await updatePayment(db, first.id, { amountMinor: 40_001 }))).toEqual({ amountMinor: 'Only €400.00 is still owed on invoice 2026-0007' });
    expect(await getInvoice(db, invoice.id)).toMatchObject({ status: 'paid', paidMinor: 73_483 });
  });
});
