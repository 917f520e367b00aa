import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReputeDb } from '../../../../src/db/db';
import { createClient } from '../../../../src/db/repositories/clients';
import { createInvoice, deleteInvoice, restoreInvoice, updateInvoice } from '../../../../src/db/repositories/invoices';
import { createCreditNote, createInvoiceDraft, issueInvoice, listUnbilledTimeEntries, voidInvoice } from '../../../../src/db/repositories/invoicing';
import { createPayment, deletePayment, restorePayment, updatePayment } from '../../../../src/db/repositories/payments';
import { createProject, updateProject } from '../../../../src/db/repositories/projects';
import { firstTrackedMonth, listRollupsForMonths, listDayTotals } from '../../../../src/db/repositories/rollups';
import { saveSettings } from '../../../../src/db/repositories/settings';
import { createTimeEntry, deleteTimeEntry, restoreTimeEntry, updateTimeEntry } from '../../../../src/db/repositories/time-entries';
import type { InvoiceStatus } from '../../../../src/domain/model';
import { invoiceLinesFromTime } from '../../../../src/domain/invoices/invoice-lines';
import { groupSettlementsByMonth, settlementsFromRecords } from '../../../../src/domain/invoices/invoice-settlement';
import { recomputeDayTotals, recomputeProjectTotals, recomputeRollups } from '../../../../src/domain/rollups/recompute-rollups';
import { clientInput, expectOk, freshDb, HOUR_MS, invoiceInput, paymentInput, projectInput, timeEntryInput } from '../test-db';

/** 31 March 2026, 20:00 UTC: close to a month end in every zone used below. */
const NEAR_MONTH_END = Date.UTC(2026, 2, 31, 20, 0);
const ZONES = ['Europe/Berlin', 'America/New_York', 'Asia/Tokyo', 'UTC'] as const;
const STATUSES: readonly InvoiceStatus[] = ['draft', 'issued', 'sent', 'partiallyPaid', 'paid', 'void'];
const DATES = ['2026-03-30', '2026-03-31', '2026-04-01', '2026-04-02'] as const;

async function setUp(db: ReputeDb) {
  // Issuing takes the business name from the settings.
  expectOk(await saveSettings(db, { business: { name: 'Lindqvist Studio', address: 'Berlin', email: 'hello@lindqvist.example', taxId: '', paymentInstructions: '' } }));
  const northwind = expectOk(await createClient(db, clientInput()));
  const cedar = expectOk(await createClient(db, clientInput({ name: 'Cedar Lane', currency: 'USD', platform: 'upwork' })));
  const clients = [northwind, cedar];
  const projects = [
    expectOk(await createProject(db, projectInput(northwind.id))),
    expectOk(await createProject(db, projectInput(northwind.id, { name: 'Report builder', currency: 'USD' }))),
    expectOk(await createProject(db, projectInput(cedar.id, { name: 'Theme fixes', currency: 'USD' }))),
  ];
  return { clients, projects };
}

async function expectConsistent(db: ReputeDb): Promise<void> {
  const expected = recomputeRollups({
    timeEntries: await db.timeEntries.toArray(),
    payments: await db.payments.toArray(),
    invoices: await db.invoices.toArray(),
    projects: await db.projects.toArray(),
  });
  expect(await db.rollups.orderBy('id').toArray()).toEqual(expected);
  expect(await db.projectTotals.orderBy('projectId').toArray()).toEqual(recomputeProjectTotals({ timeEntries: await db.timeEntries.toArray(), payments: await db.payments.toArray() }));
  expect(await listDayTotals(db, { fromDay: '0000-01-01', toDay: '9999-12-31' })).toEqual(recomputeDayTotals(await db.timeEntries.toArray()));
  // Settlement days and settlements, like the totals, are what the records say.
  const rebuilt = settlementsFromRecords(await db.invoices.toArray(), await db.payments.toArray());
  expect(rebuilt.changedInvoices).toEqual([]);
  expect(await db.settlementMonths.orderBy('month').toArray()).toEqual(groupSettlementsByMonth(rebuilt.settlements));
}

describe('firstTrackedMonth', () => {
  it('is the earliest month with tracked time, of everyone or of one client, skipping months with only money', async () => {
    const db = freshDb();
    const { clients, projects } = await setUp(db);
    const [northwind, cedar] = clients;
    const [eurProject, , cedarProject] = projects;
    if (northwind === undefined || cedar === undefined || eurProject === undefined || cedarProject === undefined) throw new Error('set-up failed');
    expect(await firstTrackedMonth(db)).toBeNull();
    // A payment in January makes a January row with no time in it.
    expectOk(await createPayment(db, paymentInput(northwind.id, { date: '2026-01-15' })));
    expectOk(await createTimeEntry(db, timeEntryInput(eurProject.id, { start: Date.UTC(2026, 2, 10, 9), end: Date.UTC(2026, 2, 10, 11) })));
    expectOk(await createTimeEntry(db, timeEntryInput(cedarProject.id, { start: Date.UTC(2026, 1, 3, 9), end: Date.UTC(2026, 1, 3, 10) })));
    expect(await firstTrackedMonth(db)).toBe('2026-02');
    expect(await firstTrackedMonth(db, northwind.id)).toBe('2026-03');
    expect(await firstTrackedMonth(db, cedar.id)).toBe('2026-02');
    expect(await firstTrackedMonth(db, 'no-such-client')).toBeNull();
  });
});

describe('rollups kept by the repositories', () => {
  it('add, change and remove a time entry’s hours under the project currency and local month', async () => {
    const db = freshDb();
    const { clients, projects } = await setUp(db);
    const [client] = clients;
    const [, usdProject] = projects;
    if (client === undefined || usdProject === undefined) throw new Error('set-up failed');
    // 22:30 UTC on 31 March is already 00:30 on 1 April in Berlin (UTC+2 in summer time).
    const entry = expectOk(await createTimeEntry(db, timeEntryInput(usdProject.id, { start: Date.UTC(2026, 2, 31, 22, 30), end: Date.UTC(2026, 3, 1, 0, 30), billable: false })));
    expect(await listRollupsForMonths(db, { fromMonth: '2026-04', toMonth: '2026-04' })).toEqual([
      { id: `2026-04|${client.id}|USD`, month: '2026-04', clientId: client.id, currency: 'USD', trackedMs: 2 * HOUR_MS, billableMs: 0, invoicedMinor: 0, receivedMinor: 0, feesMinor: 0 },
    ]);
    expectOk(await updateTimeEntry(db, entry.id, { billable: true, timeZone: 'UTC' }));
    expect(await listRollupsForMonths(db, { fromMonth: '2026-04', toMonth: '2026-04' })).toEqual([]);
    expect((await listRollupsForMonths(db, { fromMonth: '2026-03', toMonth: '2026-03' })).map((r) => [r.trackedMs, r.billableMs])).toEqual([[2 * HOUR_MS, 2 * HOUR_MS]]);
    expectOk(await deleteTimeEntry(db, entry.id));
    expect(await db.rollups.count()).toBe(0);
    expectOk(await restoreTimeEntry(db, entry.id));
    expect(await db.rollups.count()).toBe(1);
  });

  it('count running entries only once stopped, payments with fees, and only issued invoices', async () => {
    const db = freshDb();
    const { clients, projects } = await setUp(db);
    const [client] = clients;
    const [project] = projects;
    if (client === undefined || project === undefined) throw new Error('set-up failed');
    const running = expectOk(await createTimeEntry(db, timeEntryInput(project.id, { end: null })));
    expect(await db.rollups.count()).toBe(0);
    expectOk(await updateTimeEntry(db, running.id, { end: running.start + HOUR_MS }));
    expectOk(await createPayment(db, paymentInput(client.id, { date: '2026-03-20', amountMinor: 10_000, feeMinor: 1_000 })));
    const invoice = expectOk(await createInvoice(db, invoiceInput(client.id)));
    const march = () => listRollupsForMonths(db, { fromMonth: '2026-03', toMonth: '2026-03' });
    expect(await march()).toMatchObject([{ trackedMs: HOUR_MS, receivedMinor: 10_000, feesMinor: 1_000, invoicedMinor: 0 }]);
    expectOk(await updateInvoice(db, invoice.id, { status: 'issued', number: '2026-0001', issueDate: '2026-03-31' }));
    expect(await march()).toMatchObject([{ invoicedMinor: invoice.totals.grossMinor }]);
    expectOk(await updateInvoice(db, invoice.id, { status: 'void' }));
    expect(await march()).toMatchObject([{ invoicedMinor: 0 }]);
  });

  it('lists the months of an inclusive range, and nothing for a reversed one', async () => {
    const db = freshDb();
    const { clients } = await setUp(db);
    const [client] = clients;
    if (client === undefined) throw new Error('set-up failed');
    for (const date of ['2026-01-15', '2026-02-15', '2026-03-15', '2026-04-15']) expectOk(await createPayment(db, paymentInput(client.id, { date })));
    expect((await listRollupsForMonths(db, { fromMonth: '2026-02', toMonth: '2026-03' })).map((r) => r.month)).toEqual(['2026-02', '2026-03']);
    expect(await listRollupsForMonths(db, { fromMonth: '2026-04', toMonth: '2026-01' })).toEqual([]);
  });
});

type Command =
  | { kind: 'createEntry'; project: number; startMinutes: number; minutes: number | null; billable: boolean; zone: number }
  | { kind: 'updateEntry'; target: number; project: number; startMinutes: number; minutes: number | null; billable: boolean; zone: number }
  | { kind: 'deleteEntry' | 'restoreEntry' | 'deletePayment' | 'restorePayment' | 'deleteInvoice' | 'restoreInvoice'; target: number }
  | { kind: 'createPayment'; client: number; project: number | undefined; date: number; amount: number; fee: number; usd: boolean }
  | { kind: 'updatePayment'; target: number; project: number | undefined; date: number; amount: number }
  | { kind: 'createInvoice'; client: number; date: number; status: number; hours: number }
  | { kind: 'setInvoiceStatus'; target: number; status: number }
  | { kind: 'payInvoice'; target: number; date: number; inFull: boolean }
  | { kind: 'moveProject'; project: number; client: number; usd: boolean }
  | { kind: 'invoiceTime'; project: number; date: number }
  | { kind: 'releaseInvoice'; target: number; credit: boolean };

const index = fc.nat({ max: 20 });
const entryShape = {
  project: index,
  startMinutes: fc.integer({ min: -600, max: 2 * 24 * 60 }),
  minutes: fc.option(fc.integer({ min: 0, max: 600 }), { nil: null, freq: 5 }),
  billable: fc.boolean(),
  zone: index,
};
const commandArbitrary: fc.Arbitrary<Command> = fc.oneof(
  fc.record({ kind: fc.constant('createEntry' as const), ...entryShape }),
  fc.record({ kind: fc.constant('updateEntry' as const), target: index, ...entryShape }),
  fc.record({ kind: fc.constantFrom('deleteEntry' as const, 'restoreEntry' as const, 'deletePayment' as const, 'restorePayment' as const, 'deleteInvoice' as const, 'restoreInvoice' as const), target: index }),
  fc.record({ kind: fc.constant('createPayment' as const), client: index, project: fc.option(index, { nil: undefined }), date: index, amount: fc.integer({ min: 1, max: 500_000 }), fee: fc.nat({ max: 50_000 }), usd: fc.boolean() }),
  fc.record({ kind: fc.constant('updatePayment' as const), target: index, project: fc.option(index, { nil: undefined }), date: index, amount: fc.integer({ min: 1, max: 500_000 }) }),
  fc.record({ kind: fc.constant('createInvoice' as const), client: index, date: index, status: index, hours: fc.integer({ min: -20, max: 40 }) }),
  fc.record({ kind: fc.constant('setInvoiceStatus' as const), target: index, status: index }),
  fc.record({ kind: fc.constant('payInvoice' as const), target: index, date: index, inFull: fc.boolean() }),
  fc.record({ kind: fc.constant('moveProject' as const), project: index, client: index, usd: fc.boolean() }),
  // Weighted up: a release moves unbilled time only after an issue from time in the same sequence.
  { arbitrary: fc.record({ kind: fc.constant('invoiceTime' as const), project: index, date: index }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('releaseInvoice' as const), target: index, credit: fc.boolean() }), weight: 3 },
);

function nth<T>(items: readonly T[], i: number): T | undefined {
  return items.length === 0 ? undefined : items[i % items.length];
}

async function run(db: ReputeDb, command: Command, context: Awaited<ReturnType<typeof setUp>>, sequence: { next: number }): Promise<void> {
  const { clients, projects } = context;
  const entries = await db.timeEntries.toArray();
  const payments = await db.payments.toArray();
  const invoices = await db.invoices.toArray();
  const entryFields = (c: Extract<Command, { kind: 'createEntry' | 'updateEntry' }>) => {
    const start = NEAR_MONTH_END + c.startMinutes * 60_000;
    return { start, end: c.minutes === null ? null : start + c.minutes * 60_000, billable: c.billable, timeZone: nth(ZONES, c.zone) ?? 'UTC' };
  };
  switch (command.kind) {
    case 'createEntry': {
      const project = nth(projects, command.project);
      if (project !== undefined) await createTimeEntry(db, timeEntryInput(project.id, entryFields(command)));
      return;
    }
    case 'updateEntry': {
      const entry = nth(entries, command.target);
      const project = nth(projects, command.project);
      if (entry !== undefined && project !== undefined) await updateTimeEntry(db, entry.id, { ...entryFields(command), projectId: project.id });
      return;
    }
    case 'deleteEntry':
    case 'restoreEntry': {
      const entry = nth(entries, command.target);
      if (entry !== undefined) await (command.kind === 'deleteEntry' ? deleteTimeEntry(db, entry.id) : restoreTimeEntry(db, entry.id));
      return;
    }
    case 'createPayment': {
      const client = nth(clients, command.client);
      const currency = command.usd ? 'USD' : 'EUR';
      if (client !== undefined) {
        const project = command.project === undefined ? undefined : projects.filter((candidate) => candidate.clientId === client.id)[command.project % projects.length];
        await createPayment(db, paymentInput(client.id, { date: nth(DATES, command.date), amountMinor: command.amount, feeMinor: command.fee, currency, projectId: project?.id }));
      }
      return;
    }
    case 'updatePayment': {
      const payment = nth(payments, command.target);
      const project = command.project === undefined ? undefined : projects.filter((candidate) => candidate.clientId === payment?.clientId)[command.project % projects.length];
      if (payment !== undefined) await updatePayment(db, payment.id, { date: nth(DATES, command.date), amountMinor: command.amount, ...(project === undefined ? {} : { projectId: project.id }) });
      return;
    }
    case 'deletePayment':
    case 'restorePayment': {
      const payment = nth(payments, command.target);
      if (payment !== undefined) await (command.kind === 'deletePayment' ? deletePayment(db, payment.id) : restorePayment(db, payment.id));
      return;
    }
    case 'createInvoice': {
      const client = nth(clients, command.client);
      const status = nth(STATUSES, command.status) ?? 'draft';
      if (client === undefined) return;
      const issued = status === 'draft' ? {} : { number: `N-${sequence.next++}`, issueDate: nth(DATES, command.date) };
      const [line] = invoiceInput(client.id).lines;
      if (line !== undefined) await createInvoice(db, invoiceInput(client.id, { status, ...issued, lines: [{ ...line, quantityMilli: command.hours * 1000 }] }));
      return;
    }
    case 'setInvoiceStatus': {
      const invoice = nth(invoices, command.target);
      const status = nth(STATUSES, command.status) ?? 'draft';
      if (invoice === undefined) return;
      const issued = invoice.number === undefined && status !== 'draft' ? { number: `N-${sequence.next++}`, issueDate: '2026-04-01' } : {};
      await updateInvoice(db, invoice.id, { status, ...issued });
      return;
    }
    case 'payInvoice': {
      // What is still owed, or half of it: refused (and nothing written) when the invoice cannot take a payment.
      const invoice = nth(invoices, command.target);
      if (invoice === undefined) return;
      const owed = invoice.totals.grossMinor - invoice.paidMinor;
      const amountMinor = command.inFull ? owed : Math.ceil(owed / 2);
      await createPayment(db, paymentInput(invoice.clientId, { invoiceId: invoice.id, date: nth(DATES, command.date), amountMinor, baseAmountMinor: amountMinor, currency: invoice.currency }));
      return;
    }
    case 'deleteInvoice':
    case 'restoreInvoice': {
      const invoice = nth(invoices, command.target);
      if (invoice !== undefined) await (command.kind === 'deleteInvoice' ? deleteInvoice(db, invoice.id) : restoreInvoice(db, invoice.id));
      return;
    }
    case 'moveProject': {
      const project = nth(projects, command.project);
      const client = nth(clients, command.client);
      if (project !== undefined && client !== undefined) await updateProject(db, project.id, { clientId: client.id, currency: command.usd ? 'USD' : 'EUR' });
      return;
    }
    case 'invoiceTime': {
      // The unbilled time of a project's client in the project's currency, drafted and issued as the Invoices screen
      // does it.
      const current = await db.projects.toArray();
      const project = current.find((candidate) => candidate.id === nth(projects, command.project)?.id);
      if (project === undefined) return;
      const inCurrency = new Set(current.filter((candidate) => candidate.currency === project.currency).map((candidate) => candidate.id));
      const unbilled = (await listUnbilledTimeEntries(db, { clientId: project.clientId, from: 0, to: Number.MAX_SAFE_INTEGER })).filter((entry) => inCurrency.has(entry.projectId));
      const lines = invoiceLinesFromTime({ entries: unbilled, projects: current, grouping: 'project', rounding: { mode: 'none' }, timeZone: 'UTC', locale: 'en-GB', taxRateBasisPoints: 1900 });
      const draft = await createInvoiceDraft(db, { clientId: project.clientId, currency: project.currency, lines, reverseCharge: false, notes: '', now: NEAR_MONTH_END });
      if (draft.ok) await issueInvoice(db, draft.value.id, { issueDate: nth(DATES, command.date) ?? '2026-04-01', now: NEAR_MONTH_END });
      return;
    }
    case 'releaseInvoice': {
      // Aimed at invoices that bill time when there are any: those are the ones whose release moves unbilled time.
      const issued = invoices.filter((invoice) => invoice.kind === 'invoice' && invoice.status !== 'draft' && invoice.status !== 'void' && invoice.creditedByInvoiceId === undefined);
      const billingTime = issued.filter((invoice) => invoice.lines.some((line) => line.timeEntryIds.length > 0));
      const invoice = nth(billingTime.length > 0 ? billingTime : issued, command.target);
      if (invoice === undefined) return;
      await (command.credit ? createCreditNote(db, invoice.id, { issueDate: invoice.issueDate ?? '2026-04-02', now: NEAR_MONTH_END }) : voidInvoice(db, invoice.id, NEAR_MONTH_END));
      return;
    }
  }
}

async function unbilledTotal(db: ReputeDb): Promise<number> {
  const days = await listDayTotals(db, { fromDay: '0000-01-01', toDay: '9999-12-31' });
  return days.reduce((sum, row) => sum + Object.values(row.projects).reduce((daySum, cell) => daySum + cell.unbilledMs, 0), 0);
}

/**
 * A sequence that settles an invoice, bills time, voids that invoice, bills the time again and credits it, run first:
 * random sequences settle an invoice in about one run in fifty and give billed time back in about one in ten, so forty
 * of them alone often missed both. Each step finds exactly one invoice it can act on.
 */
const SETTLE_BILL_AND_RELEASE: Command[] = [
  { kind: 'createInvoice', client: 0, date: 0, status: 1, hours: 10 },
  { kind: 'payInvoice', target: 0, date: 3, inFull: true },
  { kind: 'createEntry', project: 0, startMinutes: 0, minutes: 120, billable: true, zone: 0 },
  { kind: 'createEntry', project: 0, startMinutes: 300, minutes: 45, billable: false, zone: 2 },
  { kind: 'invoiceTime', project: 0, date: 1 },
  { kind: 'releaseInvoice', target: 0, credit: false },
  { kind: 'invoiceTime', project: 0, date: 2 },
  { kind: 'releaseInvoice', target: 0, credit: true },
];

describe('rollup consistency', () => {
  it('after any sequence of writes, the rollups, project and day totals and settlements equal those recomputed from scratch', async () => {
    let settledAtLeastOnce = false;
    const unbilledMoved = { byIssue: false, byRelease: false };
    await fc.assert(
      // Lengths spread up to the maximum, not mostly short: billing time and then releasing it takes a few steps.
      fc.asyncProperty(fc.array(commandArbitrary, { minLength: 1, maxLength: 30, size: 'max' }), async (commands) => {
        const db = freshDb();
        try {
          const context = await setUp(db);
          const sequence = { next: 1 };
          for (const command of commands) {
            const unbilledBefore = await unbilledTotal(db);
            await run(db, command, context, sequence);
            const unbilledAfter = await unbilledTotal(db);
            if (command.kind === 'invoiceTime') unbilledMoved.byIssue ||= unbilledAfter < unbilledBefore;
            if (command.kind === 'releaseInvoice') unbilledMoved.byRelease ||= unbilledAfter > unbilledBefore;
          }
          await expectConsistent(db);
          settledAtLeastOnce ||= (await db.settlementMonths.count()) > 0;
        } finally {
          await db.delete();
        }
      }),
      { numRuns: 40, examples: [[SETTLE_BILL_AND_RELEASE]] },
    );
    // The property saw invoices paid in full, not only sequences that never settle one; and invoices that took time
    // off the unbilled days and gave it back, not only sequences that never bill any.
    expect(settledAtLeastOnce).toBe(true);
    expect(unbilledMoved).toEqual({ byIssue: true, byRelease: true });
  }, 60_000);
});
