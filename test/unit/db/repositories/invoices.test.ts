import { describe, expect, it } from 'vitest';
import type { ReputeDb } from '../../../../src/db/db';
import { createClient } from '../../../../src/db/repositories/clients';
import { createInvoice, deleteInvoice, getInvoice, listInvoices, listInvoicesAwaitingPayment, restoreInvoice, updateInvoice } from '../../../../src/db/repositories/invoices';
import { clientInput, expectErrors, expectNothingWritten, expectOk, freshDb, invoiceInput } from '../test-db';

async function twoClients(db: ReputeDb) {
  const client = expectOk(await createClient(db, clientInput()));
  const other = expectOk(await createClient(db, clientInput({ name: 'Estudio Marea' })));
  return { client, other };
}

describe('createInvoice', () => {
  it('computes the totals from the lines instead of trusting the input', async () => {
    const db = freshDb();
    const { client } = await twoClients(db);
    const invoice = expectOk(await createInvoice(db, invoiceInput(client.id, { totals: { netMinor: 1, taxMinor: 1, grossMinor: 2, taxGroups: [] } })));
    expect(invoice.totals).toEqual({ netMinor: 95_000, taxMinor: 18_050, grossMinor: 113_050, taxGroups: [{ rateBasisPoints: 1900, netMinor: 95_000, taxMinor: 18_050 }] });
    expect(await getInvoice(db, invoice.id)).toEqual(invoice);
  });

  it('reports invalid fields by path and writes nothing', async () => {
    const db = freshDb();
    const { client } = await twoClients(db);
    const [line] = invoiceInput(client.id).lines;
    if (line === undefined) throw new Error('fixture has a line');
    await expectNothingWritten(db.invoices, async () => {
      const errors = expectErrors(
        await createInvoice(db, invoiceInput(client.id, { currency: 'EURO', issueDate: '31.03.2026', lines: [{ ...line, description: '' }] })),
      );
      expect(errors).toEqual({
        currency: 'Use a three-letter ISO 4217 code, such as EUR or USD',
        issueDate: 'Use a date like 2026-03-31',
        'lines.0.description': 'Describe the line',
      });
      expect(expectErrors(await createInvoice(db, invoiceInput('nope')))).toEqual({ clientId: 'No such client' });
    });
  });

  it('requires a number and issue date once issued, and never reuses a number', async () => {
    const db = freshDb();
    const { client } = await twoClients(db);
    expect(expectErrors(await createInvoice(db, invoiceInput(client.id, { status: 'issued' })))).toEqual({
      number: 'An issued invoice needs a number',
      issueDate: 'An issued invoice needs an issue date',
    });
    const issued = expectOk(await createInvoice(db, invoiceInput(client.id, { status: 'issued', number: '2026-0001', issueDate: '2026-03-31' })));
    await deleteInvoice(db, issued.id);
    await expectNothingWritten(db.invoices, async () => {
      expect(expectErrors(await createInvoice(db, invoiceInput(client.id, { status: 'issued', number: '2026-0001', issueDate: '2026-04-01' })))).toEqual({
        number: 'Invoice number 2026-0001 is already used',
      });
    });
  });
});

describe('updateInvoice', () => {
  it('lets a draft change freely and recomputes its totals', async () => {
    const db = freshDb();
    const { client } = await twoClients(db);
    const draft = expectOk(await createInvoice(db, invoiceInput(client.id)));
    const updated = expectOk(await updateInvoice(db, draft.id, { reverseCharge: true, notes: 'Reverse charge' }));
    expect(updated.totals.grossMinor).toBe(95_000);
    expect(updated.createdAt).toBe(draft.createdAt);
  });

  it('reports invalid fields and leaves the draft as it was', async () => {
    const db = freshDb();
    const { client } = await twoClients(db);
    const draft = expectOk(await createInvoice(db, invoiceInput(client.id)));
    await expectNothingWritten(db.invoices, async () => {
      expect(expectErrors(await updateInvoice(db, draft.id, { dueDate: '2026-13-01', paidMinor: -1 }))).toEqual({
        dueDate: 'This date does not exist',
        paidMinor: 'Must not be negative',
      });
    });
    expect(await updateInvoice(db, 'missing', { notes: '' })).toEqual({ ok: false, errors: { id: 'No such invoice' } });
  });

  it('locks an issued invoice except status, sentAt and paidMinor', async () => {
    const db = freshDb();
    const { client, other } = await twoClients(db);
    const issued = expectOk(await createInvoice(db, invoiceInput(client.id, { status: 'issued', number: '2026-0001', issueDate: '2026-03-31' })));
    await expectNothingWritten(db.invoices, async () => {
      expect(expectErrors(await updateInvoice(db, issued.id, { notes: 'Changed', clientId: other.id, currency: issued.currency }))).toEqual({
        notes: 'An issued invoice cannot change; issue a credit note instead',
        clientId: 'An issued invoice cannot change; issue a credit note instead',
      });
      expect(expectErrors(await updateInvoice(db, issued.id, { status: 'draft' }))).toEqual({ status: 'An issued invoice cannot return to draft' });
    });
    const paid = expectOk(await updateInvoice(db, issued.id, { status: 'paid', paidMinor: issued.totals.grossMinor, sentAt: 1 }));
    expect(paid).toMatchObject({ status: 'paid', paidMinor: 113_050, sentAt: 1, number: '2026-0001' });
  });
});

describe('deleteInvoice and restoreInvoice', () => {
  it('soft-deletes and restores', async () => {
    const db = freshDb();
    const { client } = await twoClients(db);
    const invoice = expectOk(await createInvoice(db, invoiceInput(client.id)));
    await deleteInvoice(db, invoice.id);
    expect((await getInvoice(db, invoice.id))?.deletedAt).toEqual(expect.any(Number));
    expect(await listInvoices(db)).toEqual([]);
    await restoreInvoice(db, invoice.id);
    expect(await getInvoice(db, invoice.id)).not.toHaveProperty('deletedAt');
    expect(await listInvoices(db)).toHaveLength(1);
  });
});

describe('listInvoices', () => {
  it('puts drafts first, then the newest issue date, and filters by status and client', async () => {
    const db = freshDb();
    const { client, other } = await twoClients(db);
    const march = expectOk(await createInvoice(db, invoiceInput(client.id, { status: 'sent', number: '2026-0002', issueDate: '2026-03-01' })));
    const february = expectOk(await createInvoice(db, invoiceInput(other.id, { status: 'paid', number: '2026-0001', issueDate: '2026-02-01' })));
    const draft = expectOk(await createInvoice(db, invoiceInput(client.id)));
    const ids = (invoices: { id: string }[]) => invoices.map((invoice) => invoice.id);

    expect(ids(await listInvoices(db))).toEqual([draft.id, march.id, february.id]);
    expect(ids(await listInvoices(db, { clientId: client.id }))).toEqual([draft.id, march.id]);
    expect(ids(await listInvoices(db, { status: 'paid' }))).toEqual([february.id]);
    expect(ids(await listInvoices(db, { status: 'paid', clientId: client.id }))).toEqual([]);
  });
});

describe('listInvoicesAwaitingPayment', () => {
  it('holds only issued, sent and partly paid invoices that are not deleted, newest first', async () => {
    const db = freshDb();
    const { client } = await twoClients(db);
    const issued = expectOk(await createInvoice(db, invoiceInput(client.id, { status: 'issued', number: '2026-0001', issueDate: '2026-01-10' })));
    const sent = expectOk(await createInvoice(db, invoiceInput(client.id, { status: 'sent', number: '2026-0002', issueDate: '2026-02-10' })));
    const partly = expectOk(await createInvoice(db, invoiceInput(client.id, { status: 'partiallyPaid', number: '2026-0003', issueDate: '2026-03-10' })));
    expectOk(await createInvoice(db, invoiceInput(client.id, { status: 'paid', number: '2026-0004', issueDate: '2026-03-11' })));
    expectOk(await createInvoice(db, invoiceInput(client.id, { status: 'void', number: '2026-0005', issueDate: '2026-03-12' })));
    expectOk(await createInvoice(db, invoiceInput(client.id)));
    const deleted = expectOk(await createInvoice(db, invoiceInput(client.id, { status: 'sent', number: '2026-0006', issueDate: '2026-03-13' })));
    await deleteInvoice(db, deleted.id);

    expect((await listInvoicesAwaitingPayment(db)).map((invoice) => invoice.id)).toEqual([partly.id, sent.id, issued.id]);
  });
});
