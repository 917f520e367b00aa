import { describe, expect, it } from 'vitest';
import { createClient, getClientOverview, listClientEntries, listClientTags, deleteClient } from '../../../../src/db/repositories/clients';
import { createFeedback } from '../../../../src/db/repositories/feedback';
import { createInvoice } from '../../../../src/db/repositories/invoices';
import { createPayment, deletePayment } from '../../../../src/db/repositories/payments';
import { createProject } from '../../../../src/db/repositories/projects';
import { createTimeEntry } from '../../../../src/db/repositories/time-entries';
import { clientInput, expectOk, feedbackInput, freshDb, HOUR_MS, invoiceInput, MONDAY_9_BERLIN, paymentInput, projectInput, timeEntryInput } from '../test-db';

describe('listClientEntries', () => {
  it('gives each client its last active day, all-time received per currency and what is still owed', async () => {
    const db = freshDb();
    const northwind = expectOk(await createClient(db, clientInput()));
    const marea = expectOk(await createClient(db, clientInput({ name: 'Estudio Marea', archivedAt: 1 })));
    const quiet = expectOk(await createClient(db, clientInput({ name: 'Quiet Co' })));
    const project = expectOk(await createProject(db, projectInput(northwind.id)));
    // 23:30 UTC on 31 March is already 1 April in Berlin: the day is the local one.
    expectOk(await createTimeEntry(db, timeEntryInput(project.id, { start: Date.UTC(2026, 2, 31, 22, 30), end: Date.UTC(2026, 2, 31, 23, 30) })));
    expectOk(await createInvoice(db, invoiceInput(northwind.id, { status: 'issued', number: 'INV-1', issueDate: '2026-03-20' })));
    expectOk(await createPayment(db, paymentInput(northwind.id, { date: '2026-03-10', amountMinor: 50_000 })));
    expectOk(await createPayment(db, paymentInput(northwind.id, { date: '2026-02-10', amountMinor: 20_000, currency: 'USD', baseAmountMinor: 18_000, exchangeRate: 0.9 })));
    expectOk(await createPayment(db, paymentInput(marea.id, { date: '2026-04-05', amountMinor: 7_500 })));
    const gone = expectOk(await createPayment(db, paymentInput(quiet.id, { date: '2026-05-01' })));
    await deletePayment(db, gone.id);

    const entries = await listClientEntries(db);
    expect(entries.map((entry) => entry.client.name)).toEqual(['Estudio Marea', 'Northwind Analytics', 'Quiet Co']);
    const [mareaEntry, northwindEntry, quietEntry] = entries;
    expect(northwindEntry?.lastActivityDay).toBe('2026-04-01');
    expect(northwindEntry?.received).toEqual([
      { currency: 'EUR', amountMinor: 50_000 },
      { currency: 'USD', amountMinor: 20_000 },
    ]);
    // 10 h at 95.00 plus 19 % VAT, nothing paid on it.
    expect(northwindEntry?.outstanding).toEqual([{ currency: 'EUR', amountMinor: 113_050 }]);
    expect(mareaEntry).toMatchObject({ lastActivityDay: '2026-04-05', received: [{ currency: 'EUR', amountMinor: 7_500 }], outstanding: [] });
    expect(quietEntry).toMatchObject({ lastActivityDay: undefined, received: [], outstanding: [] });
  });
});

describe('getClientOverview', () => {
  it('reads the client with its projects, rollups, invoices, payments and feedback, and nothing of other clients', async () => {
    const db = freshDb();
    const client = expectOk(await createClient(db, clientInput()));
    const other = expectOk(await createClient(db, clientInput({ name: 'Other' })));
    const project = expectOk(await createProject(db, projectInput(client.id)));
    const otherProject = expectOk(await createProject(db, projectInput(other.id)));
    expectOk(await createTimeEntry(db, timeEntryInput(project.id, { start: MONDAY_9_BERLIN, end: MONDAY_9_BERLIN + 3 * HOUR_MS })));
    expectOk(await createTimeEntry(db, timeEntryInput(otherProject.id)));
    const invoice = expectOk(await createInvoice(db, invoiceInput(client.id, { status: 'issued', number: 'INV-7', issueDate: '2026-03-05' })));
    const payment = expectOk(await createPayment(db, paymentInput(client.id, { invoiceId: invoice.id })));
    const review = expectOk(await createFeedback(db, feedbackInput(project.id)));

    const overview = await getClientOverview(db, client.id);
    expect(overview?.client.id).toBe(client.id);
    expect(overview?.projects.map((p) => p.id)).toEqual([project.id]);
    expect(overview?.invoices.map((i) => i.id)).toEqual([invoice.id]);
    expect(overview?.payments.map((p) => p.id)).toEqual([payment.id]);
    expect(overview?.feedback.map((f) => f.id)).toEqual([review.id]);
    expect(overview?.rollups).toEqual([
      { id: `2026-03|${client.id}|EUR`, month: '2026-03', clientId: client.id, currency: 'EUR', trackedMs: 3 * HOUR_MS, billableMs: 3 * HOUR_MS, invoicedMinor: 113_050, receivedMinor: 50_000, feesMinor: 0 },
    ]);
  });

  it('answers undefined for an unknown or deleted client', async () => {
    const db = freshDb();
    const client = expectOk(await createClient(db, clientInput()));
    expectOk(await deleteClient(db, client.id));
    expect(await getClientOverview(db, client.id)).toBeUndefined();
    expect(await getClientOverview(db, 'missing')).toBeUndefined();
  });
});

describe('listClientTags', () => {
  it('lists each tag of live clients once, sorted without regard to case', async () => {
    const db = freshDb();
    expectOk(await createClient(db, clientInput({ tags: ['retainer', 'Dashboards'] })));
    expectOk(await createClient(db, clientInput({ name: 'B', tags: ['retainer', 'agency'] })));
    const gone = expectOk(await createClient(db, clientInput({ name: 'C', tags: ['secret'] })));
    expectOk(await deleteClient(db, gone.id));
    expect(await listClientTags(db)).toEqual(['agency', 'Dashboards', 'retainer']);
  });
});
