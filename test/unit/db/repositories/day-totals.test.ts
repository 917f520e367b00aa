import { describe, expect, it } from 'vitest';
import type { ReputeDb } from '../../../../src/db/db';
import { createClient } from '../../../../src/db/repositories/clients';
import { createCreditNote, issueInvoice, voidInvoice } from '../../../../src/db/repositories/invoicing';
import { createProject } from '../../../../src/db/repositories/projects';
import { listDayTotals } from '../../../../src/db/repositories/rollups';
import { createTimeEntry, deleteTimeEntry, restoreTimeEntry, updateTimeEntry } from '../../../../src/db/repositories/time-entries';
import { startTimer, stopTimer } from '../../../../src/db/repositories/timer';
import type { DayTotals } from '../../../../src/domain/model';
import { clientInput, expectOk, freshDb, HOUR_MS, projectInput, timeEntryInput } from '../test-db';
import { billingSetUp, draftOf, linesFor, NOW } from './invoicing-fixtures';

async function setUp(db: ReputeDb) {
  const client = expectOk(await createClient(db, clientInput()));
  const build = expectOk(await createProject(db, projectInput(client.id)));
  const internal = expectOk(await createProject(db, projectInput(client.id, { name: 'Internal tooling', billing: { kind: 'nonBillable' } })));
  return { client, build, internal };
}

function allDays(db: ReputeDb): Promise<DayTotals[]> {
  return listDayTotals(db, { fromDay: '0000-01-01', toDay: '9999-12-31' });
}

/** Tracked, billable and unbilled time of one project, in hours. */
function hours(tracked: number, billable: number, unbilled: number) {
  return { trackedMs: tracked * HOUR_MS, billableMs: billable * HOUR_MS, unbilledMs: unbilled * HOUR_MS };
}

describe('day totals kept by the time entry writes', () => {
  it('count an entry across midnight wholly on its start day, in the entry’s own zone', async () => {
    const db = freshDb();
    const { build } = await setUp(db);
    // 22:30 UTC on Tuesday 31 March: 00:30 on 1 April in Berlin (summer time), 18:30 on 31 March in New York.
    const lateStart = Date.UTC(2026, 2, 31, 22, 30);
    expectOk(await createTimeEntry(db, timeEntryInput(build.id, { start: lateStart, end: lateStart + HOUR_MS, timeZone: 'Europe/Berlin' })));
    expectOk(await createTimeEntry(db, timeEntryInput(build.id, { start: lateStart, end: lateStart + 2 * HOUR_MS, timeZone: 'America/New_York' })));
    // 23:00 on 3 March in Berlin to 01:30 on 4 March: all two and a half hours on 3 March.
    const beforeMidnight = Date.UTC(2026, 2, 3, 22, 0);
    expectOk(await createTimeEntry(db, timeEntryInput(build.id, { start: beforeMidnight, end: beforeMidnight + 2.5 * HOUR_MS, timeZone: 'Europe/Berlin' })));
    expect(await allDays(db)).toEqual([
      { day: '2026-03-03', projects: { [build.id]: hours(2.5, 2.5, 2.5) } },
      { day: '2026-03-31', projects: { [build.id]: hours(2, 2, 2) } },
      { day: '2026-04-01', projects: { [build.id]: hours(1, 1, 1) } },
    ]);
  });

  it('keep billable and non-billable time of each project apart on one row per day', async () => {
    const db = freshDb();
    const { build, internal } = await setUp(db);
    const nine = Date.UTC(2026, 2, 10, 8, 0);
    expectOk(await createTimeEntry(db, timeEntryInput(build.id, { start: nine, end: nine + 2 * HOUR_MS })));
    expectOk(await createTimeEntry(db, timeEntryInput(build.id, { start: nine + 3 * HOUR_MS, end: nine + 3.5 * HOUR_MS, billable: false })));
    expectOk(await createTimeEntry(db, timeEntryInput(internal.id, { start: nine + 4 * HOUR_MS, end: nine + 5 * HOUR_MS, billable: false })));
    expect(await allDays(db)).toEqual([{ day: '2026-03-10', projects: { [build.id]: hours(2.5, 2, 2), [internal.id]: hours(1, 0, 0) } }]);
  });

  it('move an entry’s time to its new day and project when it is edited, dropping what is left empty', async () => {
    const db = freshDb();
    const { build, internal } = await setUp(db);
    const nine = Date.UTC(2026, 2, 10, 8, 0);
    const entry = expectOk(await createTimeEntry(db, timeEntryInput(build.id, { start: nine, end: nine + 2 * HOUR_MS })));
    expectOk(await updateTimeEntry(db, entry.id, { projectId: internal.id, start: nine + 24 * HOUR_MS, end: nine + 25 * HOUR_MS, billable: false }));
    expect(await allDays(db)).toEqual([{ day: '2026-03-11', projects: { [internal.id]: hours(1, 0, 0) } }]);
  });

  it('take a deleted entry’s time away, deleting an emptied day, and put it back on restore', async () => {
    const db = freshDb();
    const { build } = await setUp(db);
    const nine = Date.UTC(2026, 2, 10, 8, 0);
    const first = expectOk(await createTimeEntry(db, timeEntryInput(build.id, { start: nine, end: nine + 2 * HOUR_MS })));
    const second = expectOk(await createTimeEntry(db, timeEntryInput(build.id, { start: nine + 3 * HOUR_MS, end: nine + 4 * HOUR_MS, billable: false })));
    expectOk(await deleteTimeEntry(db, first.id));
    expect(await allDays(db)).toEqual([{ day: '2026-03-10', projects: { [build.id]: hours(1, 0, 0) } }]);
    expectOk(await deleteTimeEntry(db, second.id));
    expect((await listDayTotals(db, { fromDay: '0000-01-01', toDay: '9999-12-31' })).length).toBe(0);
    expectOk(await restoreTimeEntry(db, first.id));
    expect(await allDays(db)).toEqual([{ day: '2026-03-10', projects: { [build.id]: hours(2, 2, 2) } }]);
  });

  it('count a timer once it stops, on the day it started', async () => {
    const db = freshDb();
    const { build } = await setUp(db);
    // 23:15 on 10 March in Berlin, stopped an hour later on 11 March.
    const lateStart = Date.UTC(2026, 2, 10, 22, 15);
    expectOk(await startTimer(db, { projectId: build.id, description: 'Hotfix', tags: [], now: lateStart, timeZone: 'Europe/Berlin' }));
    expect((await listDayTotals(db, { fromDay: '0000-01-01', toDay: '9999-12-31' })).length).toBe(0);
    expectOk(await stopTimer(db, lateStart + HOUR_MS));
    expect(await allDays(db)).toEqual([{ day: '2026-03-10', projects: { [build.id]: hours(1, 1, 1) } }]);
  });
});

describe('unbilled time on the days', () => {
  // billingSetUp tracks 2 h on Monday 2 March, 3 h on the 3rd and 1.5 h on the 4th, all billable.
  const unbilledByDay = async (db: ReputeDb) => Object.fromEntries((await allDays(db)).map((row) => [row.day, Object.values(row.projects).map((cell) => cell.unbilledMs / HOUR_MS)]));

  it('goes to zero when an invoice is issued for the time and comes back when a credit note cancels it', async () => {
    const db = freshDb();
    const { client, project, entries } = await billingSetUp(db);
    expect(await unbilledByDay(db)).toEqual({ '2026-03-02': [2], '2026-03-03': [3], '2026-03-04': [1.5] });
    // The first two days go on the invoice; the third stays unbilled.
    const draft = await draftOf(db, client.id, linesFor(entries.slice(0, 2), [project]));
    expect(await unbilledByDay(db)).toEqual({ '2026-03-02': [2], '2026-03-03': [3], '2026-03-04': [1.5] });
    const invoice = expectOk(await issueInvoice(db, draft.id, { issueDate: '2026-04-01', now: NOW }));
    expect(await unbilledByDay(db)).toEqual({ '2026-03-02': [0], '2026-03-03': [0], '2026-03-04': [1.5] });
    // Tracked and billable time do not move with the invoice.
    expect((await allDays(db)).map((row) => row.projects[project.id])).toEqual([hours(2, 2, 0), hours(3, 3, 0), hours(1.5, 1.5, 1.5)]);
    expectOk(await createCreditNote(db, invoice.id, { issueDate: '2026-04-02', now: NOW }));
    expect(await unbilledByDay(db)).toEqual({ '2026-03-02': [2], '2026-03-03': [3], '2026-03-04': [1.5] });
  });

  it('comes back when the invoice is voided', async () => {
    const db = freshDb();
    const { client, project, entries } = await billingSetUp(db);
    const draft = await draftOf(db, client.id, linesFor(entries, [project]));
    const invoice = expectOk(await issueInvoice(db, draft.id, { issueDate: '2026-04-01', now: NOW }));
    expect(await unbilledByDay(db)).toEqual({ '2026-03-02': [0], '2026-03-03': [0], '2026-03-04': [0] });
    expectOk(await voidInvoice(db, invoice.id, NOW));
    expect(await unbilledByDay(db)).toEqual({ '2026-03-02': [2], '2026-03-03': [3], '2026-03-04': [1.5] });
  });
});

describe('listDayTotals', () => {
  it('reads the days of an inclusive range in order, and nothing for a reversed one', async () => {
    const db = freshDb();
    const { build } = await setUp(db);
    for (const dayOfMonth of [9, 10, 11, 12, 13]) {
      const nine = Date.UTC(2026, 2, dayOfMonth, 8, 0);
      expectOk(await createTimeEntry(db, timeEntryInput(build.id, { start: nine, end: nine + HOUR_MS })));
    }
    expect((await listDayTotals(db, { fromDay: '2026-03-10', toDay: '2026-03-12' })).map((row) => row.day)).toEqual(['2026-03-10', '2026-03-11', '2026-03-12']);
    expect((await listDayTotals(db, { fromDay: '2026-03-13', toDay: '2026-03-13' })).map((row) => row.day)).toEqual(['2026-03-13']);
    expect(await listDayTotals(db, { fromDay: '2026-03-12', toDay: '2026-03-10' })).toEqual([]);
  });
});
