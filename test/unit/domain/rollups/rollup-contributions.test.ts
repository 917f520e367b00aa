import { describe, expect, it } from 'vitest';
import type { Invoice, Payment, TimeEntry } from '../../../../src/domain/model';
import {
  applyDayDeltas,
  applyRollupDelta,
  dayDeltas,
  invoiceContribution,
  paymentContribution,
  rollupDeltas,
  rollupId,
  timeEntryContribution,
} from '../../../../src/domain/rollups/rollup-contributions';

const HOUR_MS = 3_600_000;

const entry: TimeEntry = {
  id: 'e1',
  createdAt: 0,
  updatedAt: 0,
  projectId: 'p1',
  clientId: 'c1',
  // 23:30 on 31 January in New York, already February in UTC.
  start: Date.UTC(2026, 1, 1, 4, 30),
  end: Date.UTC(2026, 1, 1, 6, 0),
  timeZone: 'America/New_York',
  description: 'Late fix',
  billable: true,
  tags: [],
  source: 'manual',
};

const payment: Payment = {
  id: 'pay1',
  createdAt: 0,
  updatedAt: 0,
  clientId: 'c1',
  date: '2026-02-03',
  amountMinor: 10_000,
  feeMinor: 1_000,
  currency: 'USD',
  baseAmountMinor: 9_200,
  baseCurrency: 'EUR',
  exchangeRate: 0.92,
  method: 'platform',
  source: 'manual',
};

const invoice: Invoice = {
  id: 'i1',
  createdAt: 0,
  updatedAt: 0,
  number: '2026-0001',
  kind: 'invoice',
  clientId: 'c1',
  currency: 'EUR',
  issueDate: '2026-03-01',
  status: 'sent',
  lines: [],
  reverseCharge: false,
  totals: { netMinor: 100, taxMinor: 19, grossMinor: 119, taxGroups: [] },
  notes: '',
  paidMinor: 0,
};

describe('contributions', () => {
  it('files a stopped entry under its local month and the project currency', () => {
    expect(timeEntryContribution(entry, 'USD')).toEqual({
      month: '2026-01',
      clientId: 'c1',
      currency: 'USD',
      trackedMs: 1.5 * HOUR_MS,
      billableMs: 1.5 * HOUR_MS,
      invoicedMinor: 0,
      receivedMinor: 0,
      feesMinor: 0,
      project: { projectId: entry.projectId, month: '2026-01', trackedMs: 1.5 * HOUR_MS, billableMs: 1.5 * HOUR_MS, earnedBaseMinor: 0 },
      day: { day: '2026-01-31', projectId: entry.projectId, trackedMs: 1.5 * HOUR_MS, billableMs: 1.5 * HOUR_MS, unbilledMs: 1.5 * HOUR_MS },
    });
    expect(timeEntryContribution({ ...entry, billable: false }, 'USD')?.billableMs).toBe(0);
    expect(timeEntryContribution({ ...entry, billable: false }, 'USD')?.project?.billableMs).toBe(0);
    expect(timeEntryContribution({ ...entry, billable: false }, 'USD')?.day).toMatchObject({ billableMs: 0, unbilledMs: 0 });
  });

  it('counts billable time on an invoice as billed on its day, and changes nothing else', () => {
    const invoiced = timeEntryContribution({ ...entry, invoiceId: 'i1' }, 'USD');
    const { day: unbilledDay, ...unbilledRest } = timeEntryContribution(entry, 'USD') ?? {};
    const { day: invoicedDay, ...invoicedRest } = invoiced ?? {};
    expect(invoicedDay).toEqual({ ...unbilledDay, unbilledMs: 0 });
    expect(invoicedRest).toEqual(unbilledRest);
  });

  it('ignores running and deleted entries', () => {
    expect(timeEntryContribution({ ...entry, end: null, running: 1 }, 'USD')).toBeUndefined();
    expect(timeEntryContribution({ ...entry, deletedAt: 1 }, 'USD')).toBeUndefined();
  });

  it('counts a payment’s amount and fee in its date’s month', () => {
    expect(paymentContribution(payment)).toMatchObject({ month: '2026-02', currency: 'USD', receivedMinor: 10_000, feesMinor: 1_000, trackedMs: 0 });
    expect(paymentContribution({ ...payment, deletedAt: 5 })).toBeUndefined();
  });

  it('counts a payment recorded against a project as that project’s earnings in base currency, and one without a project for no project', () => {
    const againstProject = { ...payment, projectId: 'p7', baseAmountMinor: 9_200 };
    expect(paymentContribution(againstProject)?.project).toEqual({ projectId: 'p7', month: '2026-02', trackedMs: 0, billableMs: 0, earnedBaseMinor: 9_200 });
    const { projectId: _unused, ...withoutProject } = againstProject;
    expect(paymentContribution(withoutProject)?.project).toBeUndefined();
  });

  it('counts only issued invoices, by issue month', () => {
    expect(invoiceContribution(invoice)).toMatchObject({ month: '2026-03', invoicedMinor: 119 });
    expect(invoiceContribution({ ...invoice, status: 'draft' })).toBeUndefined();
    expect(invoiceContribution({ ...invoice, status: 'void' })).toBeUndefined();
    expect(invoiceContribution({ ...invoice, deletedAt: 1 })).toBeUndefined();
  });
});

describe('rollupDeltas', () => {
  it('takes away what was there and adds what is there now, per cell', () => {
    const before = timeEntryContribution(entry, 'USD');
    const after = timeEntryContribution({ ...entry, timeZone: 'UTC', billable: false }, 'USD');
    expect(rollupDeltas([before], [after])).toEqual([
      { month: '2026-01', clientId: 'c1', currency: 'USD', trackedMs: -1.5 * HOUR_MS, billableMs: -1.5 * HOUR_MS, invoicedMinor: 0, receivedMinor: 0, feesMinor: 0 },
      { month: '2026-02', clientId: 'c1', currency: 'USD', trackedMs: 1.5 * HOUR_MS, billableMs: 0, invoicedMinor: 0, receivedMinor: 0, feesMinor: 0 },
    ]);
  });

  it('leaves out cells whose change nets to zero', () => {
    const contribution = paymentContribution(payment);
    expect(rollupDeltas([contribution], [contribution])).toEqual([]);
    expect(rollupDeltas([undefined], [undefined])).toEqual([]);
  });
});

describe('applyRollupDelta', () => {
  it('creates, adds to and finally empties a cell', () => {
    const delta = paymentContribution(payment);
    if (delta === undefined) throw new Error('payment counts');
    const created = applyRollupDelta(undefined, delta);
    expect(created).toEqual({ ...delta, id: rollupId(delta) });
    expect(applyRollupDelta(created, delta)?.receivedMinor).toBe(20_000);
    const [removal] = rollupDeltas([delta], []);
    if (removal === undefined) throw new Error('removal delta');
    expect(applyRollupDelta(created, removal)).toBeUndefined();
  });
});

describe('dayDeltas', () => {
  it('moves only unbilled time when an entry is linked to an invoice, and nothing in the rollups', () => {
    const before = timeEntryContribution(entry, 'USD');
    const after = timeEntryContribution({ ...entry, invoiceId: 'i1' }, 'USD');
    expect(dayDeltas([before], [after])).toEqual([{ day: '2026-01-31', projectId: 'p1', trackedMs: 0, billableMs: 0, unbilledMs: -1.5 * HOUR_MS }]);
    expect(rollupDeltas([before], [after])).toEqual([]);
  });

  it('merges per day and project and leaves out what nets to zero', () => {
    const contribution = timeEntryContribution(entry, 'USD');
    expect(dayDeltas([contribution], [contribution])).toEqual([]);
    expect(dayDeltas([], [contribution, contribution, paymentContribution(payment)])).toEqual([
      { day: '2026-01-31', projectId: 'p1', trackedMs: 3 * HOUR_MS, billableMs: 3 * HOUR_MS, unbilledMs: 3 * HOUR_MS },
    ]);
  });
});

describe('applyDayDeltas', () => {
  it('creates a day, adds a second project, and drops each project, then the day, once it holds nothing', () => {
    const first = { day: '2026-01-31', projectId: 'p1', trackedMs: HOUR_MS, billableMs: HOUR_MS, unbilledMs: HOUR_MS };
    const second = { day: '2026-01-31', projectId: 'p2', trackedMs: 2 * HOUR_MS, billableMs: 0, unbilledMs: 0 };
    const created = applyDayDeltas(undefined, '2026-01-31', [first]);
    expect(created).toEqual({ day: '2026-01-31', projects: { p1: { trackedMs: HOUR_MS, billableMs: HOUR_MS, unbilledMs: HOUR_MS } } });
    const both = applyDayDeltas(created, '2026-01-31', [second]);
    expect(Object.keys(both?.projects ?? {})).toEqual(['p1', 'p2']);
    const negate = (delta: typeof first) => ({ ...delta, trackedMs: -delta.trackedMs, billableMs: -delta.billableMs, unbilledMs: -delta.unbilledMs });
    const withoutFirst = applyDayDeltas(both, '2026-01-31', [negate(first)]);
    expect(withoutFirst).toEqual({ day: '2026-01-31', projects: { p2: { trackedMs: 2 * HOUR_MS, billableMs: 0, unbilledMs: 0 } } });
    expect(applyDayDeltas(withoutFirst, '2026-01-31', [negate(second)])).toBeUndefined();
    // The stored row is never changed in place.
    expect(both?.projects.p1?.trackedMs).toBe(HOUR_MS);
  });
});
