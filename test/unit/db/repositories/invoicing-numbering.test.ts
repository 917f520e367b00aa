import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReputeDb } from '../../../../src/db/db';
import { createCreditNote, issueInvoice, voidInvoice } from '../../../../src/db/repositories/invoicing';
import { getSettings } from '../../../../src/db/repositories/settings';
import { manualLine } from '../../../../src/domain/invoices/invoice-lines';
import { formatInvoiceNumber } from '../../../../src/domain/invoices/invoice-number';
import type { Invoice } from '../../../../src/domain/model';
import { expectOk, freshDb } from '../test-db';
import { NOW, billingSetUp, draftOf } from './invoicing-fixtures';

const ISSUE_DATE = '2026-04-01';

async function itemDraft(db: ReputeDb, clientId: string): Promise<Invoice> {
  return draftOf(db, clientId, [manualLine({ description: 'Design review', quantityMilli: 1000, unit: 'item', unitPriceMinor: 50_000, taxRateBasisPoints: 1900 })]);
}

/** Every number any stored invoice or credit note carries, void ones included. */
async function numbersInUse(db: ReputeDb): Promise<string[]> {
  return (await db.invoices.toArray()).flatMap((invoice) => (invoice.number === undefined ? [] : [invoice.number])).sort();
}

function expectedNumbers(from: number, toExclusive: number): string[] {
  return Array.from({ length: toExclusive - from }, (_, index) => formatInvoiceNumber('{YYYY}-{seq:4}', { sequence: from + index, issueDate: ISSUE_DATE })).sort();
}

describe('issuing in sequence', () => {
  it('gives concurrent issues consecutive numbers, none twice and none skipped', async () => {
    const db = freshDb();
    const { client } = await billingSetUp(db, { nextSequence: 41 });
    const drafts: Invoice[] = [];
    for (let index = 0; index < 6; index += 1) drafts.push(await itemDraft(db, client.id));
    const results = await Promise.all(drafts.map((draft) => issueInvoice(db, draft.id, { issueDate: ISSUE_DATE, now: NOW })));
    const numbers = results.map((result) => expectOk(result).number);
    expect([...numbers].sort()).toEqual(['2026-0041', '2026-0042', '2026-0043', '2026-0044', '2026-0045', '2026-0046']);
    expect((await getSettings(db)).nextInvoiceSequence).toBe(47);
  });

  it('issues one draft once, however many times it is asked at the same moment', async () => {
    const db = freshDb();
    const { client } = await billingSetUp(db);
    const draft = await itemDraft(db, client.id);
    const results = await Promise.all([1, 2, 3, 4].map(() => issueInvoice(db, draft.id, { issueDate: ISSUE_DATE, now: NOW })));
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok).map((result) => (result.ok ? undefined : result.errors))).toEqual(
      Array.from({ length: 3 }, () => ({ status: 'This invoice was already issued as 2026-0007' })),
    );
    expect(await numbersInUse(db)).toEqual(['2026-0007']);
    expect((await getSettings(db)).nextInvoiceSequence).toBe(8);
  });

  type Step = 'issue' | 'issueEmpty' | 'credit' | 'void';

  it('never reuses or skips a number over random runs of concurrent issues, refusals, voids and credit notes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 9_000 }),
        fc.array(fc.array(fc.constantFrom<Step>('issue', 'issue', 'issueEmpty', 'credit', 'void'), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 4 }),
        async (start, batches) => {
          const db = freshDb();
          const { client } = await billingSetUp(db, { nextSequence: start });
          const issued: Invoice[] = [];
          for (const batch of batches) {
            const writes: Promise<{ ok: boolean; value?: Invoice }>[] = [];
            for (const step of batch) {
              if (step === 'issue' || step === 'issueEmpty') {
                const draft = step === 'issue' ? await itemDraft(db, client.id) : await draftOf(db, client.id, []);
                writes.push(issueInvoice(db, draft.id, { issueDate: ISSUE_DATE, now: NOW }));
              } else {
                const target = issued.at(step === 'credit' ? 0 : -1);
                if (target !== undefined) writes.push(step === 'credit' ? createCreditNote(db, target.id, { issueDate: ISSUE_DATE, now: NOW }) : voidInvoice(db, target.id, NOW));
              }
            }
            for (const result of await Promise.all(writes)) if (result.ok && result.value?.kind === 'invoice' && result.value.status === 'issued') issued.push(result.value);
          }
          const next = (await getSettings(db)).nextInvoiceSequence;
          expect(await numbersInUse(db)).toEqual(expectedNumbers(start, next));
        },
      ),
      { numRuns: 25 },
    );
  }, 120_000);
});
