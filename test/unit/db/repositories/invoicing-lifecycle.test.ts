import { describe, expect, it } from 'vitest';
import { getInvoice, listInvoicesAwaitingPayment, updateInvoice } from '../../../../src/db/repositories/invoices';
import { createCreditNote, issueInvoice, listUnbilledTimeEntries, markInvoiceSent, voidInvoice } from '../../../../src/db/repositories/invoicing';
import { recordPayment } from '../../../../src/db/repositories/payments';
import { listRollupsForMonths } from '../../../../src/db/repositories/rollups';
import { updateClient } from '../../../../src/db/repositories/clients';
import { getSettings, saveSettings } from '../../../../src/db/repositories/settings';
import { getTimeEntry, updateTimeEntry } from '../../../../src/db/repositories/time-entries';
import type { ReputeDb } from '../../../../src/db/db';
import { invoiceOutstandingMinor } from '../../../../src/domain/invoices/invoice-status';
import { expectErrors, expectOk, freshDb, paymentInput } from '../test-db';
import { MARCH_FROM, MARCH_TO, NOW, billingSetUp, draftOf, linesFor } from './invoicing-fixtures';

async function issuedInvoice(db: ReputeDb, options: Parameters<typeof billingSetUp>[1] = {}) {
  const setUp = await billingSetUp(db, options);
  const draft = await draftOf(db, setUp.client.id, linesFor(setUp.entries, [setUp.project]), { discount: { kind: 'amount', amountMinor: 1_750 } });
  const invoice = expectOk(await issueInvoice(db, draft.id, { issueDate: '2026-04-01', now: NOW }));
  return { ...setUp, invoice };
}

describe('markInvoiceSent', () => {
  it('moves an issued invoice to sent and keeps the first date it went out', async () => {
    const db = freshDb();
    const { invoice } = await issuedInvoice(db);
    const sent = expectOk(await markInvoiceSent(db, invoice.id, NOW + 10));
    expect(sent).toMatchObject({ status: 'sent', sentAt: NOW + 10, number: invoice.number });
    expect(expectOk(await markInvoiceSent(db, invoice.id, NOW + 20)).sentAt).toBe(NOW + 10);
  });

  it('keeps a paid status and refuses drafts and void invoices', async () => {
    const db = freshDb();
    const { client, invoice } = await issuedInvoice(db);
    expectOk(await recordPayment(db, paymentInput(client.id, { invoiceId: invoice.id, amountMinor: invoice.totals.grossMinor })));
    expect(expectOk(await markInvoiceSent(db, invoice.id, NOW + 10))).toMatchObject({ status: 'paid', sentAt: NOW + 10 });
    const draft = await draftOf(db, client.id, []);
    expect(expectErrors(await markInvoiceSent(db, draft.id, NOW))).toEqual({ status: 'Issue this invoice first' });
    expect(expectErrors(await markInvoiceSent(db, 'missing', NOW))).toEqual({ id: 'No such invoice' });
  });
});

describe('voidInvoice', () => {
  it('keeps the number taken, drops the invoice from the totals and releases its time', async () => {
    const db = freshDb();
    const { client, project, entries, invoice } = await issuedInvoice(db);
    const voided = expectOk(await voidInvoice(db, invoice.id, NOW + 5));
    expect(voided).toMatchObject({ status: 'void', number: '2026-0007', updatedAt: NOW + 5 });
    expect((await getSettings(db)).nextInvoiceSequence).toBe(8);
    expect((await listRollupsForMonths(db, { fromMonth: '2026-04', toMonth: '2026-04' })).filter((rollup) => rollup.invoicedMinor !== 0)).toEqual([]);
    for (const entry of entries) expect((await getTimeEntry(db, entry.id))?.invoiceId).toBeUndefined();
    expect(await listUnbilledTimeEntries(db, { clientId: client.id, from: MARCH_FROM, to: MARCH_TO })).toHaveLength(3);
    expectOk(await updateTimeEntry(db, entries[0]?.id ?? '', { description: 'Editable again' }));

    // Its number is never given again: the next invoice takes the next one.
    const next = await draftOf(db, client.id, linesFor(entries, [project]));
    expect(expectOk(await issueInvoice(db, next.id, { issueDate: '2026-04-02', now: NOW })).number).toBe('2026-0008');
  });

  it('refuses an invoice with payments, a credit note and a draft', async () => {
    const db = freshDb();
    const { client, invoice } = await issuedInvoice(db);
    const payment = expectOk(await recordPayment(db, paymentInput(client.id, { invoiceId: invoice.id, amountMinor: 10_000 })));
    expect(expectErrors(await voidInvoice(db, invoice.id, NOW))).toEqual({ status: 'Payments were recorded against this invoice; delete them or issue a credit note instead' });
    expect(payment.invoiceId).toBe(invoice.id);
    const credit = expectOk(await createCreditNote(db, invoice.id, { issueDate: '2026-04-02', now: NOW }));
    expect(expectErrors(await voidInvoice(db, credit.id, NOW))).toEqual({ kind: 'A credit note cannot be voided' });
    expect(expectErrors(await voidInvoice(db, (await draftOf(db, client.id, [])).id, NOW))).toEqual({ status: 'Issue this invoice first' });
  });
});

describe('the document language', () => {
  it('is taken at issue from the client, with dates and numbers to match, and kept when the client changes; a credit note speaks it too', async () => {
    const db = freshDb();
    const { client, project, entries } = await billingSetUp(db, { client: { documentLanguage: 'de' } });
    const draft = await draftOf(db, client.id, linesFor(entries, [project]));
    const invoice = expectOk(await issueInvoice(db, draft.id, { issueDate: '2026-04-01', now: NOW }));
    expect(invoice).toMatchObject({ documentLanguage: 'de', locale: 'de-DE' });
    expectOk(await updateClient(db, client.id, { documentLanguage: 'fr' }));
    expect(await getInvoice(db, invoice.id)).toMatchObject({ documentLanguage: 'de', locale: 'de-DE' });
    const credit = expectOk(await createCreditNote(db, invoice.id, { issueDate: '2026-04-02', now: NOW + 2 }));
    expect(credit).toMatchObject({ documentLanguage: 'de', locale: 'de-DE', notes: `Storniert die Rechnung ${invoice.number ?? ''} vom 1. April 2026 vollständig.` });
  });

  it('is the one in Settings for a client without its own', async () => {
    const db = freshDb();
    const { client, project, entries } = await billingSetUp(db);
    expectOk(await saveSettings(db, { documentLanguage: 'es' }));
    const draft = await draftOf(db, client.id, linesFor(entries, [project]));
    expect(expectOk(await issueInvoice(db, draft.id, { issueDate: '2026-04-01', now: NOW }))).toMatchObject({ documentLanguage: 'es', locale: 'es-ES' });
  });
});

describe('createCreditNote', () => {
  it('issues a numbered credit note that cancels the invoice exactly and references it', async () => {
    const db = freshDb();
    const { client, entries, invoice } = await issuedInvoice(db);
    expectOk(await markInvoiceSent(db, invoice.id, NOW));
    const credit = expectOk(await createCreditNote(db, invoice.id, { issueDate: '2026-04-03', now: NOW + 1 }));
    expect(credit).toMatchObject({
      kind: 'creditNote',
      number: '2026-0008',
      status: 'issued',
      creditedInvoiceId: invoice.id,
      issueDate: '2026-04-03',
      reverseCharge: invoice.reverseCharge,
      discount: invoice.discount,
      notes: 'Cancels invoice 2026-0007 of 1 April 2026 in full.',
    });
    expect(credit.totals.grossMinor).toBe(-invoice.totals.grossMinor);
    expect(credit.totals.taxGroups).toEqual(invoice.totals.taxGroups.map((group) => ({ rateBasisPoints: group.rateBasisPoints, netMinor: -group.netMinor, taxMinor: -group.taxMinor })));

    const original = await getInvoice(db, invoice.id);
    expect(original).toMatchObject({ status: 'sent', creditedByInvoiceId: credit.id });
    expect(original === undefined ? -1 : invoiceOutstandingMinor(original)).toBe(0);
    expect((await listInvoicesAwaitingPayment(db)).map((awaiting) => awaiting.id)).toEqual([]);
    // The invoice and its credit note net to nothing in April's totals.
    expect((await listRollupsForMonths(db, { fromMonth: '2026-04', toMonth: '2026-04' })).filter((rollup) => rollup.invoicedMinor !== 0)).toEqual([]);
    expect((await listUnbilledTimeEntries(db, { clientId: client.id, from: MARCH_FROM, to: MARCH_TO })).map((entry) => entry.id)).toEqual(entries.map((entry) => entry.id));
  });

  it('refuses a second credit, a credit note, a void invoice, a draft and a date before the invoice', async () => {
    const db = freshDb();
    const { client, invoice } = await issuedInvoice(db);
    expect(expectErrors(await createCreditNote(db, invoice.id, { issueDate: '2026-03-31', now: NOW }))).toEqual({ issueDate: 'A credit note cannot predate the invoice it cancels' });
    const credit = expectOk(await createCreditNote(db, invoice.id, { issueDate: '2026-04-01', now: NOW }));
    expect(expectErrors(await createCreditNote(db, invoice.id, { issueDate: '2026-04-02', now: NOW }))).toEqual({ status: 'A credit note already cancelled this invoice' });
    expect(expectErrors(await createCreditNote(db, credit.id, { issueDate: '2026-04-02', now: NOW }))).toEqual({ kind: 'A credit note cannot be credited' });
    expect(expectErrors(await createCreditNote(db, (await draftOf(db, client.id, [])).id, { issueDate: '2026-04-02', now: NOW }))).toEqual({ status: 'Issue this invoice first' });
    expect(expectErrors(await recordPayment(db, paymentInput(client.id, { invoiceId: invoice.id, amountMinor: 100 })))).toEqual({ invoiceId: 'Invoice 2026-0007 was cancelled by a credit note' });
    expect((await getSettings(db)).nextInvoiceSequence).toBe(9);
  });
});

describe('updateInvoice on drafts', () => {
  it('refuses new lines that bill time another invoice holds', async () => {
    const db = freshDb();
    const { client, project, entries, invoice } = await issuedInvoice(db);
    const draft = await draftOf(db, client.id, []);
    expect(expectErrors(await updateInvoice(db, draft.id, { lines: linesFor(entries, [project]) }))).toEqual({ lines: `Line 1 bills time already on invoice ${invoice.number ?? ''}` });
    expect(expectOk(await updateInvoice(db, draft.id, { notes: 'Still editable' })).notes).toBe('Still editable');
  });
});
