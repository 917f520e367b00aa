import { describe, expect, it } from 'vitest';
import type { ReputeDb } from '../../../../src/db/db';
import { createClient } from '../../../../src/db/repositories/clients';
import { createInvoice, deleteInvoice, restoreInvoice, updateInvoice } from '../../../../src/db/repositories/invoices';
import { createPayment, deletePayment, restorePayment, updatePayment } from '../../../../src/db/repositories/payments';
import { groupSettlementsByMonth, settlementsFromRecords } from '../../../../src/domain/invoices/invoice-settlement';
import { clientInput, expectOk, freshDb, invoiceInput, paymentInput } from '../test-db';

/** 10 hours at 95.00 plus 19 % VAT: 950.00 + 180.50. */
const GROSS_MINOR = 113_050;

async function issuedInvoice(db: ReputeDb) {
  const client = expectOk(await createClient(db, clientInput()));
  const invoice = expectOk(await createInvoice(db, invoiceInput(client.id, { status: 'issued', number: '2026-0007', issueDate: '2026-03-02', dueDate: '2026-03-16' })));
  expect(invoice.totals.grossMinor).toBe(GROSS_MINOR);
  return { client, invoice };
}

/** Every settlement stored, month by month. */
async function storedSettlements(db: ReputeDb) {
  return (await db.settlementMonths.orderBy('month').toArray()).flatMap((month) => month.settlements);
}

async function settledOn(db: ReputeDb, invoiceId: string): Promise<string | undefined> {
  return (await storedSettlements(db)).find((settlement) => settlement.invoiceId === invoiceId)?.settledOn;
}

/** The settlement months must always be what the invoices and payments say, as a restore would rebuild them. */
async function expectSettlementsFromRecords(db: ReputeDb): Promise<void> {
  const [invoices, payments, stored] = await Promise.all([db.invoices.toArray(), db.payments.toArray(), db.settlementMonths.orderBy('month').toArray()]);
  const rebuilt = settlementsFromRecords(invoices, payments);
  expect(rebuilt.changedInvoices).toEqual([]);
  expect(stored).toEqual(groupSettlementsByMonth(rebuilt.settlements));
}

describe('settlements kept by the payment and invoice writes', () => {
  it('settles an invoice on the day of the payment that completed it, not the last one recorded', async () => {
    const db = freshDb();
    const { client, invoice } = await issuedInvoice(db);
    expectOk(await createPayment(db, paymentInput(client.id, { invoiceId: invoice.id, date: '2026-03-20', amountMinor: 100_000, baseAmountMinor: 100_000 })));
    expect(await storedSettlements(db)).toEqual([]);
    // Recorded later but dated earlier: 13,050 on the 10th would not cover the gross alone; with 100,000 on the 20th it does.
    expectOk(await createPayment(db, paymentInput(client.id, { invoiceId: invoice.id, date: '2026-03-10', amountMinor: 13_050, baseAmountMinor: 13_050 })));
    expect(await storedSettlements(db)).toEqual([{ invoiceId: invoice.id, clientId: client.id, number: '2026-0007', issueDate: '2026-03-02', settledOn: '2026-03-20' }]);
    expect((await db.invoices.get(invoice.id))?.settledOn).toBe('2026-03-20');
    await expectSettlementsFromRecords(db);
  });

  it('follows payments edited, deleted and restored', async () => {
    const db = freshDb();
    const { client, invoice } = await issuedInvoice(db);
    const payment = expectOk(await createPayment(db, paymentInput(client.id, { invoiceId: invoice.id, date: '2026-03-12', amountMinor: GROSS_MINOR, baseAmountMinor: GROSS_MINOR })));
    expect(await settledOn(db, invoice.id)).toBe('2026-03-12');

    // Into another month: the March row goes, an April row holds it.
    expectOk(await updatePayment(db, payment.id, { date: '2026-04-01' }));
    expect(await settledOn(db, invoice.id)).toBe('2026-04-01');
    expect((await db.settlementMonths.toArray()).map((row) => row.month)).toEqual(['2026-04']);
    await expectSettlementsFromRecords(db);

    expectOk(await deletePayment(db, payment.id));
    expect(await storedSettlements(db)).toEqual([]);
    const unpaid = await db.invoices.get(invoice.id);
    expect(unpaid?.status).toBe('issued');
    expect(unpaid?.settledOn).toBeUndefined();
    await expectSettlementsFromRecords(db);

    expectOk(await restorePayment(db, payment.id));
    expect(await settledOn(db, invoice.id)).toBe('2026-04-01');
    await expectSettlementsFromRecords(db);
  });

  it('takes a deleted invoice’s settlement away and brings it back with the invoice', async () => {
    const db = freshDb();
    const { client, invoice } = await issuedInvoice(db);
    expectOk(await createPayment(db, paymentInput(client.id, { invoiceId: invoice.id, date: '2026-03-12', amountMinor: GROSS_MINOR, baseAmountMinor: GROSS_MINOR })));
    await deleteInvoice(db, invoice.id);
    expect(await storedSettlements(db)).toEqual([]);
    await expectSettlementsFromRecords(db);
    await restoreInvoice(db, invoice.id);
    expect(await settledOn(db, invoice.id)).toBe('2026-03-12');
    await expectSettlementsFromRecords(db);
  });

  it('follows a status set by hand: back to issued takes the settlement away, paid again (the payments still covering it) brings it back', async () => {
    const db = freshDb();
    const { client, invoice } = await issuedInvoice(db);
    expectOk(await createPayment(db, paymentInput(client.id, { invoiceId: invoice.id, date: '2026-03-12', amountMinor: GROSS_MINOR, baseAmountMinor: GROSS_MINOR })));
    expectOk(await updateInvoice(db, invoice.id, { status: 'issued' }));
    expect(await storedSettlements(db)).toEqual([]);
    expect((await db.invoices.get(invoice.id))?.settledOn).toBeUndefined();
    await expectSettlementsFromRecords(db);
    expectOk(await updateInvoice(db, invoice.id, { status: 'paid' }));
    expect(await settledOn(db, invoice.id)).toBe('2026-03-12');
    await expectSettlementsFromRecords(db);
  });

  it('settles nothing for a payment in part', async () => {
    const db = freshDb();
    const { client, invoice } = await issuedInvoice(db);
    expectOk(await createPayment(db, paymentInput(client.id, { invoiceId: invoice.id, date: '2026-03-12', amountMinor: GROSS_MINOR - 1, baseAmountMinor: GROSS_MINOR - 1 })));
    expect((await db.invoices.get(invoice.id))?.status).toBe('partiallyPaid');
    expect(await storedSettlements(db)).toEqual([]);
    await expectSettlementsFromRecords(db);
  });
});
