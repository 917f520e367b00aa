import type { ReputeDb } from '../../../../src/db/db';
import { createClient } from '../../../../src/db/repositories/clients';
import { createInvoiceDraft, issueInvoice, markInvoiceSent, type InvoiceDraftInput } from '../../../../src/db/repositories/invoicing';
import { createProject } from '../../../../src/db/repositories/projects';
import { saveSettings } from '../../../../src/db/repositories/settings';
import { createTimeEntry } from '../../../../src/db/repositories/time-entries';
import { invoiceLinesFromTime } from '../../../../src/domain/invoices/invoice-lines';
import type { ClientInput, Invoice, InvoiceLine, ProjectInput, TimeEntry } from '../../../../src/domain/model';
import { clientInput, expectOk, HOUR_MS, MONDAY_9_BERLIN, projectInput, timeEntryInput } from '../test-db';

/** 1 March 2026 00:00 and 1 April 2026 00:00 in Berlin: March's billing period. */
export const MARCH_FROM = Date.UTC(2026, 1, 28, 23, 0);
export const MARCH_TO = Date.UTC(2026, 2, 31, 22, 0);
export const NOW = Date.UTC(2026, 3, 1, 9, 0);

export const BUSINESS = {
  name: 'Lindqvist Studio',
  address: 'Reichenberger Straße 88\n10999 Berlin',
  email: 'hello@lindqvist.example',
  taxId: 'DE318552907',
  paymentInstructions: 'IBAN DE89 3704 0044 0532 0130 00',
};

/** A freelancer with a business identity, one client, an hourly project and three billable March entries. */
export async function billingSetUp(db: ReputeDb, options: { client?: Partial<ClientInput>; project?: Partial<ProjectInput>; nextSequence?: number } = {}) {
  expectOk(await saveSettings(db, { business: BUSINESS, locale: 'en-GB', timeZone: 'Europe/Berlin', nextInvoiceSequence: options.nextSequence ?? 7 }));
  const currency = options.client?.currency ?? 'EUR';
  const client = expectOk(
    await createClient(db, clientInput({ company: 'Northwind Analytics GmbH', address: 'Am Sandtorkai 50\n20457 Hamburg', country: 'DE', taxId: 'DE812345678', ...options.client })),
  );
  const project = expectOk(await createProject(db, projectInput(client.id, { currency, ...options.project })));
  const entries: TimeEntry[] = [];
  for (const [dayOffset, hours, description] of [
    [0, 2, 'Chart legend'],
    [1, 3, 'Filters'],
    [2, 1.5, 'Chart legend'],
  ] as const) {
    const start = MONDAY_9_BERLIN + dayOffset * 24 * HOUR_MS;
    entries.push(expectOk(await createTimeEntry(db, timeEntryInput(project.id, { start, end: start + hours * HOUR_MS, description }))));
  }
  return { client, project, entries };
}

export function linesFor(entries: TimeEntry[], projects: Parameters<typeof invoiceLinesFromTime>[0]['projects'], taxRateBasisPoints = 1900): InvoiceLine[] {
  return invoiceLinesFromTime({ entries, projects, grouping: 'project', rounding: { mode: 'none' }, timeZone: 'Europe/Berlin', locale: 'en-GB', taxRateBasisPoints });
}

export function draftInput(clientId: string, lines: InvoiceLine[], overrides: Partial<InvoiceDraftInput> = {}): InvoiceDraftInput {
  return { clientId, currency: 'EUR', lines, reverseCharge: false, notes: 'Thank you.', now: NOW, ...overrides };
}

export async function draftOf(db: ReputeDb, clientId: string, lines: InvoiceLine[], overrides: Partial<InvoiceDraftInput> = {}): Promise<Invoice> {
  return expectOk(await createInvoiceDraft(db, draftInput(clientId, lines, overrides)));
}

/** An issued, sent invoice of €734.83: 6.5 h × €95 = €617.50 plus 19 % VAT €117.325 → €117.33. */
export async function sentInvoice(db: ReputeDb) {
  const { client, project, entries } = await billingSetUp(db);
  const draft = await draftOf(db, client.id, linesFor(entries, [project]));
  const invoice = expectOk(await issueInvoice(db, draft.id, { issueDate: '2026-04-01', now: NOW }));
  expectOk(await markInvoiceSent(db, invoice.id, NOW));
  return { client, invoice };
}
