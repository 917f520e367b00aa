import { describe, expect, it } from 'vitest';
import { createInvoice, getInvoice, updateInvoice } from '../../../../src/db/repositories/invoices';
import { createInvoiceDraft, issueInvoice, listUnbilledTimeEntries } from '../../../../src/db/repositories/invoicing';
import { listRollupsForMonths } from '../../../../src/db/repositories/rollups';
import { getSettings, saveSettings } from '../../../../src/db/repositories/settings';
import { createTimeEntry, deleteTimeEntry, getTimeEntry, updateTimeEntry } from '../../../../src/db/repositories/time-entries';
import { fixedPriceLine, manualLine } from '../../../../src/domain/invoices/invoice-lines';
import { createProject } from '../../../../src/db/repositories/projects';
import { expectErrors, expectNothingWritten, expectOk, freshDb, HOUR_MS, invoiceInput, MONDAY_9_BERLIN, projectInput, timeEntryInput } from '../test-db';
import { BUSINESS, MARCH_FROM, MARCH_TO, NOW, billingSetUp, draftInput, draftOf, linesFor } from './invoicing-fixtures';

describe('listUnbilledTimeEntries', () => {
  it('lists the stopped, billable, live entries of the client in the period, oldest first', async () => {
    const db = freshDb();
    const { client, project, entries } = await billingSetUp(db);
    const unbillable = expectOk(await createTimeEntry(db, timeEntryInput(project.id, { start: MONDAY_9_BERLIN + 5 * HOUR_MS, end: MONDAY_9_BERLIN + 6 * HOUR_MS, billable: false })));
    const running = expectOk(await createTimeEntry(db, timeEntryInput(project.id, { start: MONDAY_9_BERLIN + 7 * HOUR_MS, end: null })));
    const april = expectOk(await createTimeEntry(db, timeEntryInput(project.id, { start: MARCH_TO, end: MARCH_TO + HOUR_MS })));
    const deleted = expectOk(await createTimeEntry(db, timeEntryInput(project.id, { start: MONDAY_9_BERLIN + 8 * HOUR_MS, end: MONDAY_9_BERLIN + 9 * HOUR_MS })));
    expectOk(await deleteTimeEntry(db, deleted.id));

    const unbilled = await listUnbilledTimeEntries(db, { clientId: client.id, from: MARCH_FROM, to: MARCH_TO });
    expect(unbilled.map((entry) => entry.id)).toEqual(entries.map((entry) => entry.id));
    expect(unbilled.map((entry) => entry.id)).not.toContain(unbillable.id);
    expect(unbilled.map((entry) => entry.id)).not.toContain(running.id);
    expect(unbilled.map((entry) => entry.id)).not.toContain(april.id);
    expect(await listUnbilledTimeEntries(db, { clientId: client.id, from: MARCH_TO, to: MARCH_FROM })).toEqual([]);
  });

  it('leaves out entries on another draft or an issued invoice, but not on the draft being edited', async () => {
    const db = freshDb();
    const { client, project, entries } = await billingSetUp(db);
    const [first, second, third] = entries;
    if (first === undefined || second === undefined || third === undefined) throw new Error('three entries');
    const draft = await draftOf(db, client.id, linesFor([first], [project]));
    const issued = await draftOf(db, client.id, linesFor([second], [project]));
    expectOk(await issueInvoice(db, issued.id, { issueDate: '2026-04-01', now: NOW }));

    const ids = async (exceptInvoiceId?: string) =>
      (await listUnbilledTimeEntries(db, { clientId: client.id, from: MARCH_FROM, to: MARCH_TO, exceptInvoiceId })).map((entry) => entry.id);
    expect(await ids()).toEqual([third.id]);
    expect(await ids(draft.id)).toEqual([first.id, third.id]);
  });
});

describe('createInvoiceDraft', () => {
  it('saves a draft with computed totals, linking no entry yet', async () => {
    const db = freshDb();
    const { client, project, entries } = await billingSetUp(db);
    // 6.5 h × €95 = €617.50, minus 10 % = €555.75; 19 % VAT = €105.5925 → €105.59.
    const draft = await draftOf(db, client.id, linesFor(entries, [project]), { discount: { kind: 'percent', basisPoints: 1000 }, dueInDays: 30 });
    expect(draft).toMatchObject({ status: 'draft', kind: 'invoice', paidMinor: 0, paymentTermsDays: 30, createdAt: NOW });
    expect(draft).not.toHaveProperty('number');
    expect(draft.totals).toEqual({ netMinor: 55_575, taxMinor: 10_559, grossMinor: 66_134, taxGroups: [{ rateBasisPoints: 1900, netMinor: 55_575, taxMinor: 10_559 }] });
    expect((await getTimeEntry(db, entries[0]?.id ?? ''))?.invoiceId).toBeUndefined();
    expect(await db.rollups.filter((rollup) => rollup.invoicedMinor !== 0).count()).toBe(0);
  });

  it('takes fixed-price and hand-typed lines beside the hours', async () => {
    const db = freshDb();
    const { client } = await billingSetUp(db);
    const launch = expectOk(await createProject(db, projectInput(client.id, { name: 'Launch site', billing: { kind: 'fixed', amountMinor: 480_000 } })));
    const draft = await draftOf(db, client.id, [fixedPriceLine(launch, 'Milestone 1', 1900), manualLine({ description: 'Train tickets', quantityMilli: 2000, unit: 'item', unitPriceMinor: 4_990, taxRateBasisPoints: 700 })]);
    // €4,800 at 19 % = €912; €99.80 at 7 % = €6.986 → €6.99.
    expect(draft.totals).toMatchObject({ netMinor: 489_980, taxMinor: 91_899, grossMinor: 581_879 });
  });

  it('refuses bad input and time it cannot bill, naming the field and writing nothing', async () => {
    const db = freshDb();
    const { client, project, entries } = await billingSetUp(db);
    const other = expectOk(await createProject(db, projectInput(client.id, { name: 'US work', currency: 'USD' })));
    const usEntry = expectOk(await createTimeEntry(db, timeEntryInput(other.id)));
    await draftOf(db, client.id, linesFor(entries.slice(0, 1), [project]));
    await expectNothingWritten(db.invoices, async () => {
      expect(expectErrors(await createInvoiceDraft(db, draftInput('nope', [], { currency: 'euro' })))).toEqual({
        currency: 'Use a three-letter ISO 4217 code, such as EUR or USD',
        clientId: 'No such client',
      });
      expect(expectErrors(await createInvoiceDraft(db, draftInput(client.id, linesFor([usEntry], [other]))))).toEqual({
        lines: 'Line 1 is for “US work”, which bills in USD; this invoice is in EUR',
      });
      expect(expectErrors(await createInvoiceDraft(db, draftInput(client.id, linesFor(entries, [project]))))).toEqual({
        lines: 'Line 1 bills time already on another draft invoice',
      });
      const [line] = linesFor(entries.slice(1, 2), [project]);
      if (line === undefined) throw new Error('a line');
      expect(expectErrors(await createInvoiceDraft(db, draftInput(client.id, [line, { ...line, id: 'again' }])))).toEqual({
        lines: 'Line 2 bills a time entry another line already bills',
      });
      expect(expectErrors(await createInvoiceDraft(db, draftInput(client.id, [{ ...line, description: ' ', quantityMilli: 1.5 }])))).toEqual({
        'lines.0.description': 'Describe the line',
        'lines.0.quantityMilli': 'Invalid input: expected int, received number',
      });
    });
  });
});

describe('issueInvoice', () => {
  it('numbers the draft, snapshots both parties, sets the due date and locks its time', async () => {
    const db = freshDb();
    const { client, project, entries } = await billingSetUp(db);
    const draft = await draftOf(db, client.id, linesFor(entries, [project]));
    const invoice = expectOk(await issueInvoice(db, draft.id, { issueDate: '2026-04-01', now: NOW + 1 }));
    expect(invoice).toMatchObject({
      number: '2026-0007',
      status: 'issued',
      issueDate: '2026-04-01',
      // The client pays in 14 days.
      dueDate: '2026-04-15',
      seller: { name: BUSINESS.name, address: BUSINESS.address, email: BUSINESS.email, taxId: BUSINESS.taxId },
      buyer: { name: 'Northwind Analytics GmbH', address: 'Am Sandtorkai 50\n20457 Hamburg', email: 'accounts@northwind.example', taxId: 'DE812345678', country: 'DE' },
      paymentInstructions: BUSINESS.paymentInstructions,
      locale: 'en-GB',
      createdAt: NOW,
      updatedAt: NOW + 1,
    });
    expect((await getSettings(db)).nextInvoiceSequence).toBe(8);
    for (const entry of entries) expect((await getTimeEntry(db, entry.id))?.invoiceId).toBe(invoice.id);
    expect((await listRollupsForMonths(db, { fromMonth: '2026-04', toMonth: '2026-04' }))[0]?.invoicedMinor).toBe(invoice.totals.grossMinor);
  });

  it('snapshots the business as it is at issue, over any older snapshot a draft carries', async () => {
    const db = freshDb();
    const { client, project, entries } = await billingSetUp(db);
    const draft = await draftOf(db, client.id, linesFor(entries, [project]));
    const stale = { name: 'Old Studio Name', address: 'Old street', email: 'old@example.com', taxId: 'DE0' };
    await db.invoices.put({ ...draft, seller: stale, buyer: { ...stale, name: 'Old client name' }, paymentInstructions: 'IBAN OLD' });
    expectOk(await saveSettings(db, { business: { ...BUSINESS, name: 'Renamed Studio', paymentInstructions: '' } }));
    const invoice = expectOk(await issueInvoice(db, draft.id, { issueDate: '2026-04-01', now: NOW + 1 }));
    expect(invoice.seller).toEqual({ name: 'Renamed Studio', address: BUSINESS.address, email: BUSINESS.email, taxId: BUSINESS.taxId });
    expect(invoice.buyer?.name).toBe('Northwind Analytics GmbH');
    expect(invoice.paymentInstructions).toBeUndefined();
  });

  it('refuses to change or delete an invoiced entry, naming the invoice', async () => {
    const db = freshDb();
    const { client, project, entries } = await billingSetUp(db);
    const [entry] = entries;
    if (entry === undefined) throw new Error('an entry');
    const invoice = expectOk(await issueInvoice(db, (await draftOf(db, client.id, linesFor([entry], [project]))).id, { issueDate: '2026-04-01', now: NOW }));
    await expectNothingWritten(db.timeEntries, async () => {
      expect(expectErrors(await updateTimeEntry(db, entry.id, { description: 'Changed' }))).toEqual({ invoiceId: `This entry is on invoice ${invoice.number} and cannot change` });
      expect(expectErrors(await deleteTimeEntry(db, entry.id))).toEqual({ invoiceId: 'This entry is on invoice 2026-0007 and cannot change' });
    });
  });

  it('uses the draft’s own terms, or its explicit due date', async () => {
    const db = freshDb();
    const { client, project, entries } = await billingSetUp(db);
    const withTerms = await draftOf(db, client.id, linesFor(entries.slice(0, 1), [project]), { dueInDays: 30 });
    expect(expectOk(await issueInvoice(db, withTerms.id, { issueDate: '2026-04-01', now: NOW })).dueDate).toBe('2026-05-01');
    const dated = await draftOf(db, client.id, linesFor(entries.slice(1, 2), [project]));
    expectOk(await updateInvoice(db, dated.id, { dueDate: '2026-04-10' }));
    expect(expectOk(await issueInvoice(db, dated.id, { issueDate: '2026-04-01', now: NOW })).dueDate).toBe('2026-04-10');
  });

  it('refuses what cannot be issued, leaving the sequence and everything else as it was', async () => {
    const db = freshDb();
    const { client, project, entries } = await billingSetUp(db);
    const [first, second] = entries;
    if (first === undefined || second === undefined) throw new Error('two entries');
    const empty = await draftOf(db, client.id, []);
    const stale = await draftOf(db, client.id, linesFor([first, second], [project]));
    expectOk(await deleteTimeEntry(db, second.id));
    const early = await draftOf(db, client.id, linesFor(entries.slice(2), [project]));
    expectOk(await updateInvoice(db, early.id, { dueDate: '2026-03-01' }));
    const issued = expectOk(await createInvoice(db, invoiceInput(client.id, { status: 'issued', number: 'OLD-1', issueDate: '2026-01-01' })));

    const before = { settings: await getSettings(db), invoices: await db.invoices.toArray(), entries: await db.timeEntries.toArray() };
    expect(expectErrors(await issueInvoice(db, empty.id, { issueDate: '2026-04-01', now: NOW }))).toEqual({ lines: 'Add at least one line before issuing' });
    expect(expectErrors(await issueInvoice(db, stale.id, { issueDate: '2026-04-01', now: NOW }))).toEqual({ lines: 'Line 1 bills a time entry that was deleted' });
    expect(expectErrors(await issueInvoice(db, early.id, { issueDate: '2026-04-01', now: NOW }))).toEqual({ dueDate: 'The due date is before the issue date' });
    expect(expectErrors(await issueInvoice(db, early.id, { issueDate: '2026-04-31', now: NOW }))).toMatchObject({ issueDate: 'This date does not exist' });
    expect(expectErrors(await issueInvoice(db, issued.id, { issueDate: '2026-04-01', now: NOW }))).toEqual({ status: 'This invoice was already issued as OLD-1' });
    expect(expectErrors(await issueInvoice(db, 'missing', { issueDate: '2026-04-01', now: NOW }))).toEqual({ id: 'No such invoice' });
    expect({ settings: await getSettings(db), invoices: await db.invoices.toArray(), entries: await db.timeEntries.toArray() }).toEqual(before);
  });

  it('needs the business name and a number that is still free', async () => {
    const db = freshDb();
    const { client, project, entries } = await billingSetUp(db);
    const draft = await draftOf(db, client.id, linesFor(entries, [project]));
    expectOk(await saveSettings(db, { business: { ...BUSINESS, name: '' } }));
    expect(expectErrors(await issueInvoice(db, draft.id, { issueDate: '2026-04-01', now: NOW }))).toEqual({ seller: 'Add your business name in Settings before issuing an invoice' });
    expectOk(await saveSettings(db, { business: BUSINESS }));
    expectOk(await createInvoice(db, invoiceInput(client.id, { status: 'issued', number: '2026-0007', issueDate: '2026-01-01' })));
    expect(expectErrors(await issueInvoice(db, draft.id, { issueDate: '2026-04-01', now: NOW }))).toEqual({
      number: 'Invoice number 2026-0007 is already used; set the next invoice number in Settings',
    });
    expect((await getSettings(db)).nextInvoiceSequence).toBe(7);
    expect((await getInvoice(db, draft.id))?.status).toBe('draft');
  });

  it('bills JPY without decimals: 6.5 h at ¥12,000 is ¥78,000 and 10 % tax ¥7,800', async () => {
    const db = freshDb();
    const { client, project, entries } = await billingSetUp(db, { client: { currency: 'JPY' }, project: { billing: { kind: 'hourly', rateMinor: 12_000 } } });
    const draft = await draftOf(db, client.id, linesFor(entries, [project], 1000), { currency: 'JPY' });
    const invoice = expectOk(await issueInvoice(db, draft.id, { issueDate: '2026-04-01', now: NOW }));
    expect(invoice.totals).toEqual({ netMinor: 78_000, taxMinor: 7_800, grossMinor: 85_800, taxGroups: [{ rateBasisPoints: 1000, netMinor: 78_000, taxMinor: 7_800 }] });
  });

  it('bills BHD in fils: 6.5 h at BHD 37.125 is BHD 241.313, and 10 % VAT BHD 24.131', async () => {
    const db = freshDb();
    const { client, project, entries } = await billingSetUp(db, { client: { currency: 'BHD' }, project: { billing: { kind: 'hourly', rateMinor: 37_125 } } });
    const draft = await draftOf(db, client.id, linesFor(entries, [project], 1000), { currency: 'BHD' });
    const invoice = expectOk(await issueInvoice(db, draft.id, { issueDate: '2026-04-01', now: NOW }));
    // 6.5 × 37 125 = 241 312.5 fils → 241 313; 10 % = 24 131.3 → 24 131.
    expect(invoice.totals).toMatchObject({ netMinor: 241_313, taxMinor: 24_131, grossMinor: 265_444 });
  });

  it('charges no tax under reverse charge, whatever the lines say', async () => {
    const db = freshDb();
    const { client, project, entries } = await billingSetUp(db, { client: { country: 'NL', taxId: 'NL123456789B01' } });
    const draft = await draftOf(db, client.id, linesFor(entries, [project], 1900), { reverseCharge: true });
    const invoice = expectOk(await issueInvoice(db, draft.id, { issueDate: '2026-04-01', now: NOW }));
    expect(invoice.totals).toEqual({ netMinor: 61_750, taxMinor: 0, grossMinor: 61_750, taxGroups: [{ rateBasisPoints: 0, netMinor: 61_750, taxMinor: 0 }] });
    expect(invoice.buyer).toMatchObject({ taxId: 'NL123456789B01', country: 'NL' });
    expect(invoice.seller?.taxId).toBe(BUSINESS.taxId);
  });
});
