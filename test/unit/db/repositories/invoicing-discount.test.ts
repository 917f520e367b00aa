import { describe, expect, it } from 'vitest';
import { updateInvoice } from '../../../../src/db/repositories/invoices';
import { createInvoiceDraft, issueInvoice } from '../../../../src/db/repositories/invoicing';
import { manualLine } from '../../../../src/domain/invoices/invoice-lines';
import { expectErrors, expectNothingWritten, freshDb } from '../test-db';
import { NOW, billingSetUp, draftInput, draftOf, linesFor } from './invoicing-fixtures';

describe('a discount larger than the invoice', () => {
  it('is refused on a new draft, naming the discount and the most it may be, and nothing is written', async () => {
    const db = freshDb();
    const { client, project, entries } = await billingSetUp(db);
    // 6.5 h × €95 = €617.50 before the discount.
    await expectNothingWritten(db.invoices, async () => {
      expect(expectErrors(await createInvoiceDraft(db, draftInput(client.id, linesFor(entries, [project]), { discount: { kind: 'amount', amountMinor: 70_000 } })))).toEqual({
        discount: 'At most €617.50, the total of the lines',
      });
    });
  });

  it('is refused when a saved draft is changed to it, and the draft stays as it was', async () => {
    const db = freshDb();
    const { client, project, entries } = await billingSetUp(db);
    const draft = await draftOf(db, client.id, linesFor(entries, [project]));
    await expectNothingWritten(db.invoices, async () => {
      expect(expectErrors(await updateInvoice(db, draft.id, { discount: { kind: 'amount', amountMinor: 61_751 } }))).toEqual({
        discount: 'At most €617.50, the total of the lines',
      });
    });
  });
});

describe('a draft that totals less than zero', () => {
  it('can be kept as a draft, but is refused at issue with the reason the draft page shows', async () => {
    const db = freshDb();
    const { client } = await billingSetUp(db);
    const refund = manualLine({ description: 'Refund of the March retainer', quantityMilli: 1_000, unit: 'item', unitPriceMinor: -20_000, taxRateBasisPoints: 1900 });
    const draft = await draftOf(db, client.id, [refund]);
    expect(draft.totals.grossMinor).toBe(-23_800);
    expect(expectErrors(await issueInvoice(db, draft.id, { issueDate: '2026-04-01', now: NOW }))).toEqual({
      lines: 'This invoice totals less than zero, so it cannot be issued: an invoice never asks for a negative amount. Issue a credit note against the invoice it corrects instead',
    });
  });
});
