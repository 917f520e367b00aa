import type { Table } from 'dexie';
import { afterEach, expect } from 'vitest';
import type {
  AttachmentInput,
  ClientInput,
  CredentialInput,
  FeedbackInput,
  InvoiceInput,
  PaymentInput,
  ProjectInput,
  ProposalInput,
  TimeEntryInput,
} from '../../../src/domain/model';
import { openReputeDb, type ReputeDb } from '../../../src/db/db';

const openDatabases: ReputeDb[] = [];

afterEach(async () => {
  for (const db of openDatabases.splice(0)) await db.delete();
});

/** A database of its own for one test, deleted after it. */
export function freshDb(): ReputeDb {
  const db = openReputeDb(`repute-test-${crypto.randomUUID()}`);
  openDatabases.push(db);
  return db;
}

/** Runs a write that must fail and checks the table is exactly as before, record for record. */
export async function expectNothingWritten<T>(table: Table<T, string>, write: () => Promise<unknown>): Promise<void> {
  const before = await table.toArray();
  await write();
  expect(await table.toArray()).toEqual(before);
}

export const HOUR_MS = 3_600_000;
/** Monday 2 March 2026, 09:00 in Berlin. */
export const MONDAY_9_BERLIN = Date.UTC(2026, 2, 2, 8, 0);

export function clientInput(overrides: Partial<ClientInput> = {}): ClientInput {
  return {
    name: 'Northwind Analytics',
    email: 'accounts@northwind.example',
    currency: 'EUR',
    paymentTermsDays: 14,
    platform: 'direct',
    confidential: false,
    tags: [],
    ...overrides,
  };
}

export function projectInput(clientId: string, overrides: Partial<ProjectInput> = {}): ProjectInput {
  return {
    clientId,
    name: 'Dashboard rebuild',
    billing: { kind: 'hourly', rateMinor: 9500 },
    currency: 'EUR',
    startDate: '2026-03-02',
    status: 'active',
    skills: ['React'],
    portfolio: { visible: false, summary: '', outcome: '', imageIds: [] },
    ...overrides,
  };
}

export function timeEntryInput(projectId: string, overrides: Partial<TimeEntryInput> = {}): TimeEntryInput {
  return {
    projectId,
    clientId: '',
    start: MONDAY_9_BERLIN,
    end: MONDAY_9_BERLIN + 2 * HOUR_MS,
    timeZone: 'Europe/Berlin',
    description: 'Chart legend',
    billable: true,
    tags: [],
    source: 'manual',
    ...overrides,
  };
}

export function invoiceInput(clientId: string, overrides: Partial<InvoiceInput> = {}): InvoiceInput {
  return {
    kind: 'invoice',
    clientId,
    currency: 'EUR',
    status: 'draft',
    lines: [
      { id: 'line-1', description: 'Development', quantityMilli: 10_000, unit: 'hour', unitPriceMinor: 9500, taxRateBasisPoints: 1900, timeEntryIds: [] },
    ],
    reverseCharge: false,
    totals: { netMinor: 0, taxMinor: 0, grossMinor: 0, taxGroups: [] },
    notes: '',
    paidMinor: 0,
    ...overrides,
  };
}

export function paymentInput(clientId: string, overrides: Partial<PaymentInput> = {}): PaymentInput {
  return {
    clientId,
    date: '2026-03-10',
    amountMinor: 50_000,
    feeMinor: 0,
    currency: 'EUR',
    baseAmountMinor: 50_000,
    baseCurrency: 'EUR',
    exchangeRate: 1,
    method: 'bank',
    source: 'manual',
    ...overrides,
  };
}

export function feedbackInput(projectId: string, overrides: Partial<FeedbackInput> = {}): FeedbackInput {
  return {
    projectId,
    clientId: '',
    date: '2026-03-12',
    ratingTenths: 48,
    subScores: { quality: 50 },
    comment: 'Clear and fast.',
    canQuote: true,
    source: 'manual',
    ...overrides,
  };
}

export function proposalInput(overrides: Partial<ProposalInput> = {}): ProposalInput {
  return {
    prospect: { name: 'Harbourline Fitness' },
    title: 'Membership site',
    platform: 'upwork',
    jobText: 'Class booking with payments.',
    bid: { kind: 'fixed', amountMinor: 350_000 },
    currency: 'USD',
    connectsSpent: 12,
    connectsCostMinor: 180,
    coverLetter: 'Booking flow first.',
    status: 'submitted',
    statusHistory: [],
    submittedAt: MONDAY_9_BERLIN,
    ...overrides,
  };
}

export function credentialInput(overrides: Partial<CredentialInput> = {}): CredentialInput {
  return { name: 'Professional Scrum Master I', issuer: 'Scrum.org', date: '2024-05-02', skills: ['Scrum'], ...overrides };
}

export function attachmentInput(ownerId: string, overrides: Partial<AttachmentInput> = {}): AttachmentInput {
  return { ownerId, name: 'logo.png', mime: 'image/png', blob: new Blob([new Uint8Array([137, 80, 78, 71])], { type: 'image/png' }), ...overrides };
}

/** Unwraps a successful write, failing the test with its errors otherwise. */
export function expectOk<T>(result: { ok: true; value: T } | { ok: false; errors: unknown }): T {
  if (!result.ok) throw new Error(`Expected the write to succeed: ${JSON.stringify(result.errors)}`);
  return result.value;
}

/** The errors of a failed write, failing the test if it succeeded. */
export function expectErrors(result: { ok: true } | { ok: false; errors: Partial<Record<string, string>> }): Partial<Record<string, string>> {
  if (result.ok) throw new Error('Expected the write to be refused');
  return result.errors;
}
