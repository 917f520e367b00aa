import { liveQuery } from 'dexie';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { openReputeDb, type ReputeDb } from '../../../../src/db/db';
import { createClient } from '../../../../src/db/repositories/clients';
import { createInvoice, updateInvoice } from '../../../../src/db/repositories/invoices';
import { createProject, deleteProject, updateProject } from '../../../../src/db/repositories/projects';
import { listRollupsForMonths } from '../../../../src/db/repositories/rollups';
import { createTimeEntry, deleteTimeEntry, getRunningTimeEntry, getTimeEntry, updateTimeEntry } from '../../../../src/db/repositories/time-entries';
import { continueTimeEntry, startTimer, stopTimer } from '../../../../src/db/repositories/timer';
import { recomputeRollups } from '../../../../src/domain/rollups/recompute-rollups';
import type { Rollup, TimeEntry } from '../../../../src/domain/model';
import { clientInput, expectErrors, expectNothingWritten, expectOk, freshDb, HOUR_MS, invoiceInput, MONDAY_9_BERLIN, projectInput, timeEntryInput } from '../test-db';
import { liveEntries, MINUTE, setUp, start, ZONE } from './timer-fixtures';

async function storedRollups(db: ReputeDb): Promise<Rollup[]> {
  return (await db.rollups.toArray()).sort((a, b) => a.id.localeCompare(b.id));
}

async function rollupsFromScratch(db: ReputeDb): Promise<Rollup[]> {
  return recomputeRollups({ timeEntries: await db.timeEntries.toArray(), projects: await db.projects.toArray(), invoices: [], payments: [] });
}

/** A first hour tracked on the project, so the month already has its rollup row when the next timer stops. */
async function trackFirstHour(db: ReputeDb, projectId: string): Promise<void> {
  expectOk(await startTimer(db, start(projectId, { now: MONDAY_9_BERLIN })));
  expectOk(await stopTimer(db, MONDAY_9_BERLIN + HOUR_MS));
}

describe('startTimer', () => {
  it('starts a running entry now, billable by default on a billed project', async () => {
    const db = freshDb();
    const { client, project } = await setUp(db);
    const { started, stopped } = expectOk(await startTimer(db, start(project.id)));
    expect(stopped).toBeNull();
    expect(started).toMatchObject({ projectId: project.id, clientId: client.id, start: MONDAY_9_BERLIN, end: null, running: 1, billable: true, source: 'timer', timeZone: ZONE, tags: ['frontend'] });
    expect(await getRunningTimeEntry(db)).toEqual(started);
  });

  it('makes entries on a non-billable project non-billable, unless told otherwise', async () => {
    const db = freshDb();
    const { internal } = await setUp(db);
    expect(expectOk(await startTimer(db, start(internal.id))).started.billable).toBe(false);
    expect(expectOk(await startTimer(db, start(internal.id, { billable: true, now: MONDAY_9_BERLIN + HOUR_MS }))).started.billable).toBe(true);
  });

  it('switches: the running timer stops at the same instant the new one starts', async () => {
    const db = freshDb();
    const { project, internal } = await setUp(db);
    const first = expectOk(await startTimer(db, start(project.id))).started;
    const switchAt = MONDAY_9_BERLIN + 95 * MINUTE;
    const { started, stopped } = expectOk(await startTimer(db, start(internal.id, { description: 'Backups', now: switchAt })));
    expect(stopped).toMatchObject({ id: first.id, end: switchAt });
    expect(stopped).not.toHaveProperty('running');
    expect(started).toMatchObject({ projectId: internal.id, start: switchAt, end: null });
    expect((await liveEntries(db)).map((entry) => [entry.start, entry.end])).toEqual([
      [MONDAY_9_BERLIN, switchAt],
      [switchAt, null],
    ]);
    expect(await db.timeEntries.where('running').equals(1).count()).toBe(1);
  });

  it('leaves exactly one timer running when two starts race', async () => {
    const db = freshDb();
    const { project, internal } = await setUp(db);
    const results = await Promise.all([startTimer(db, start(project.id)), startTimer(db, start(internal.id, { now: MONDAY_9_BERLIN + MINUTE }))]);
    expect(results.every((result) => result.ok)).toBe(true);
    expect(await db.timeEntries.where('running').equals(1).count()).toBe(1);
    expect(await db.timeEntries.count()).toBe(2);
  });

  it('refuses an unknown or deleted project, or a bad description, and leaves the running timer alone', async () => {
    const db = freshDb();
    const { project, internal } = await setUp(db);
    expectOk(await startTimer(db, start(project.id)));
    await deleteProject(db, internal.id);
    await expectNothingWritten(db.timeEntries, async () => {
      expect(expectErrors(await startTimer(db, start('missing')))).toEqual({ projectId: 'No such project' });
      expect(expectErrors(await startTimer(db, start(internal.id)))).toEqual({ projectId: 'This project was deleted' });
      expect(expectErrors(await startTimer(db, start(project.id, { description: 'x'.repeat(2001), now: MONDAY_9_BERLIN + HOUR_MS })))).toEqual({
        description: 'At most 2000 characters',
      });
    });
  });

  it('rolls the stop back when the new entry cannot be written', async () => {
    const db = freshDb();
    const { project } = await setUp(db);
    expectOk(await startTimer(db, start(project.id)));
    await expectNothingWritten(db.timeEntries, async () => {
      expect(expectErrors(await startTimer(db, start(project.id, { timeZone: '', now: MONDAY_9_BERLIN + HOUR_MS })))).toEqual({
        timeZone: 'Too small: expected string to have >=1 characters',
      });
    });
    expect((await getRunningTimeEntry(db))?.start).toBe(MONDAY_9_BERLIN);
  });
});

describe('startTimer as one transaction', () => {
  it('undoes the stop of the running timer and its rollups when writing the new entry fails', async () => {
    const db = freshDb();
    const { project } = await setUp(db);
    const first = expectOk(await startTimer(db, start(project.id))).started;
    const rollupsBefore = await db.rollups.toArray();
    // Fails the add itself, after the running timer was already stopped inside the same transaction: only a
    // transaction that really spans both writes can take the stop back.
    const failNewEntry = () => {
      throw new Error('disk full');
    };
    db.timeEntries.hook('creating', failNewEntry);
    try {
      await expect(startTimer(db, start(project.id, { now: MONDAY_9_BERLIN + HOUR_MS }))).rejects.toThrow('disk full');
    } finally {
      db.timeEntries.hook('creating').unsubscribe(failNewEntry);
    }
    expect(await getTimeEntry(db, first.id)).toEqual(first);
    expect(await db.rollups.toArray()).toEqual(rollupsBefore);
  });
});

describe('stopTimer', () => {
  it('stops the running timer at now and files its time in the rollups', async () => {
    const db = freshDb();
    const { client, project } = await setUp(db);
    expectOk(await startTimer(db, start(project.id)));
    const stopped = expectOk(await stopTimer(db, MONDAY_9_BERLIN + 2 * HOUR_MS));
    expect(stopped).toMatchObject({ start: MONDAY_9_BERLIN, end: MONDAY_9_BERLIN + 2 * HOUR_MS });
    expect(await getRunningTimeEntry(db)).toBeUndefined();
    expect(await listRollupsForMonths(db, { fromMonth: '2026-03', toMonth: '2026-03' })).toEqual([
      expect.objectContaining({ clientId: client.id, trackedMs: 2 * HOUR_MS, billableMs: 2 * HOUR_MS }),
    ]);
  });

  it('says so when no timer runs', async () => {
    const db = freshDb();
    await setUp(db);
    expect(await stopTimer(db, MONDAY_9_BERLIN)).toEqual({ ok: false, errors: { end: 'No timer is running' } });
  });

  it('never stops a timer before its own start', async () => {
    const db = freshDb();
    const { project } = await setUp(db);
    expectOk(await startTimer(db, start(project.id)));
    expect(expectOk(await stopTimer(db, MONDAY_9_BERLIN - MINUTE)).end).toBe(MONDAY_9_BERLIN);
  });
});

describe('continueTimeEntry', () => {
  it('starts a new timer with the past entry’s project, description, tags and billable flag', async () => {
    const db = freshDb();
    const { project } = await setUp(db);
    const past = expectOk(await createTimeEntry(db, timeEntryInput(project.id, { description: 'Legend colours', tags: ['design'], billable: false })));
    const now = MONDAY_9_BERLIN + 5 * HOUR_MS;
    const { started } = expectOk(await continueTimeEntry(db, past.id, now, 'America/New_York'));
    expect(started).toMatchObject({ projectId: project.id, description: 'Legend colours', tags: ['design'], billable: false, start: now, end: null, timeZone: 'America/New_York', source: 'timer' });
    expect(started.id).not.toBe(past.id);
    expect(await getTimeEntry(db, past.id)).toEqual(past);
  });

  it('switches from a running timer, and changes nothing when continuing the running one', async () => {
    const db = freshDb();
    const { project, internal } = await setUp(db);
    const past = expectOk(await createTimeEntry(db, timeEntryInput(internal.id, { start: MONDAY_9_BERLIN - 3 * HOUR_MS, end: MONDAY_9_BERLIN - 2 * HOUR_MS })));
    const running = expectOk(await startTimer(db, start(project.id))).started;
    await expectNothingWritten(db.timeEntries, async () => {
      expect(expectOk(await continueTimeEntry(db, running.id, MONDAY_9_BERLIN + HOUR_MS, ZONE))).toEqual({ started: running, stopped: null });
    });
    const { started, stopped } = expectOk(await continueTimeEntry(db, past.id, MONDAY_9_BERLIN + HOUR_MS, ZONE));
    expect(stopped).toMatchObject({ id: running.id, end: MONDAY_9_BERLIN + HOUR_MS });
    expect(started.projectId).toBe(internal.id);
  });

  it('refuses an unknown entry', async () => {
    const db = freshDb();
    await setUp(db);
    expect(await continueTimeEntry(db, 'missing', MONDAY_9_BERLIN, ZONE)).toEqual({ ok: false, errors: { id: 'No such time entry' } });
  });
});

describe('locked entries', () => {
  it('leaves invoiced entries alone when a timer starts and stops around them', async () => {
    const db = freshDb();
    const { client, project } = await setUp(db);
    const billed = expectOk(await createTimeEntry(db, timeEntryInput(project.id, { start: MONDAY_9_BERLIN - 4 * HOUR_MS, end: MONDAY_9_BERLIN - 3 * HOUR_MS })));
    const invoice = expectOk(await createInvoice(db, invoiceInput(client.id)));
    expectOk(await updateTimeEntry(db, billed.id, { invoiceId: invoice.id }));
    expectOk(await updateInvoice(db, invoice.id, { status: 'issued', number: '2026-0001', issueDate: '2026-03-02' }));
    const before = await getTimeEntry(db, billed.id);
    expectOk(await startTimer(db, start(project.id)));
    expectOk(await stopTimer(db, MONDAY_9_BERLIN + HOUR_MS));
    expect(await getTimeEntry(db, billed.id)).toEqual(before);
  });
});

describe('the timer beside other writes', () => {
  it('stops the running entry as it is now, keeping an edit made while it ran', async () => {
    const db = freshDb();
    const { project } = await setUp(db);
    await trackFirstHour(db, project.id);
    const started = expectOk(await startTimer(db, start(project.id, { now: MONDAY_9_BERLIN + 2 * HOUR_MS }))).started;
    expectOk(await updateTimeEntry(db, started.id, { description: 'Legend colours, after the call' }));
    const stopped = expectOk(await stopTimer(db, MONDAY_9_BERLIN + 3 * HOUR_MS));
    expect(stopped.description).toBe('Legend colours, after the call');
    expect(stopped).not.toHaveProperty('running');
    expect(await getTimeEntry(db, started.id)).toEqual(stopped);
    expect(await storedRollups(db)).toEqual(await rollupsFromScratch(db));
  });

  it('adds to the month’s totals as they are, when another write changed them between two stops', async () => {
    const db = freshDb();
    const { project, internal } = await setUp(db);
    await trackFirstHour(db, project.id);
    expectOk(await startTimer(db, start(project.id, { now: MONDAY_9_BERLIN + 2 * HOUR_MS })));
    expectOk(await createTimeEntry(db, timeEntryInput(internal.id, { start: MONDAY_9_BERLIN + 5 * HOUR_MS, end: MONDAY_9_BERLIN + 6 * HOUR_MS })));
    expectOk(await stopTimer(db, MONDAY_9_BERLIN + 3 * HOUR_MS));
    expect(await storedRollups(db)).toEqual(await rollupsFromScratch(db));
    expect((await storedRollups(db))[0]?.trackedMs).toBe(3 * HOUR_MS);
  });

  it('files the hours under the project’s new currency when it changed while the timer ran', async () => {
    const db = freshDb();
    const { project } = await setUp(db);
    await trackFirstHour(db, project.id);
    expectOk(await startTimer(db, start(project.id, { now: MONDAY_9_BERLIN + 2 * HOUR_MS })));
    expectOk(await updateProject(db, project.id, { currency: 'USD' }));
    expectOk(await stopTimer(db, MONDAY_9_BERLIN + 3 * HOUR_MS));
    const rollups = await storedRollups(db);
    expect(rollups).toEqual(await rollupsFromScratch(db));
    expect(rollups.map((rollup) => [rollup.currency, rollup.trackedMs])).toEqual([['USD', 2 * HOUR_MS]]);
  });

  it('opens a row for a second currency beside the client’s month in another, leaving that one as it was', async () => {
    const db = freshDb();
    const { client, project } = await setUp(db);
    const dollars = expectOk(await createProject(db, projectInput(client.id, { name: 'US rollout', currency: 'USD' })));
    await trackFirstHour(db, project.id);
    expectOk(await startTimer(db, start(dollars.id, { now: MONDAY_9_BERLIN + 2 * HOUR_MS })));
    expectOk(await stopTimer(db, MONDAY_9_BERLIN + 4 * HOUR_MS));
    const rollups = await storedRollups(db);
    expect(rollups).toEqual(await rollupsFromScratch(db));
    expect(rollups.map((rollup) => [rollup.currency, rollup.trackedMs]).sort()).toEqual([
      ['EUR', HOUR_MS],
      ['USD', 2 * HOUR_MS],
    ]);
  });

  it('says no timer runs, writing nothing, when the running entry was deleted after it started', async () => {
    const db = freshDb();
    const { project } = await setUp(db);
    await trackFirstHour(db, project.id);
    const started = expectOk(await startTimer(db, start(project.id, { now: MONDAY_9_BERLIN + 2 * HOUR_MS }))).started;
    expectOk(await deleteTimeEntry(db, started.id));
    const entriesBefore = await db.timeEntries.toArray();
    const rollupsBefore = await storedRollups(db);
    expect(expectErrors(await stopTimer(db, MONDAY_9_BERLIN + 3 * HOUR_MS))).toEqual({ end: 'No timer is running' });
    expect(await db.timeEntries.toArray()).toEqual(entriesBefore);
    expect(await storedRollups(db)).toEqual(rollupsBefore);
  });

  it('refuses a project deleted since its last timer, writing nothing', async () => {
    const db = freshDb();
    const { project } = await setUp(db);
    await trackFirstHour(db, project.id);
    await deleteProject(db, project.id);
    const entriesBefore = await db.timeEntries.toArray();
    expect(expectErrors(await startTimer(db, start(project.id, { now: MONDAY_9_BERLIN + 2 * HOUR_MS })))).toEqual({ projectId: 'This project was deleted' });
    expect(await db.timeEntries.toArray()).toEqual(entriesBefore);
  });

  it('takes the client a project moved to since its last timer', async () => {
    const db = freshDb();
    const { project } = await setUp(db);
    await trackFirstHour(db, project.id);
    const newClient = expectOk(await createClient(db, clientInput({ name: 'Fabrikam' })));
    expectOk(await updateProject(db, project.id, { clientId: newClient.id }));
    const started = expectOk(await startTimer(db, start(project.id, { now: MONDAY_9_BERLIN + 2 * HOUR_MS }))).started;
    expect(started.clientId).toBe(newClient.id);
  });

  it('switches from a timer another window started, leaving exactly one running', async () => {
    const db = freshDb();
    const { project, internal } = await setUp(db);
    await trackFirstHour(db, project.id);
    const otherWindow = openReputeDb(db.name);
    try {
      const theirs = expectOk(await startTimer(otherWindow, start(internal.id, { now: MONDAY_9_BERLIN + 2 * HOUR_MS }))).started;
      const { started, stopped } = expectOk(await startTimer(db, start(project.id, { now: MONDAY_9_BERLIN + 3 * HOUR_MS })));
      expect(stopped).toMatchObject({ id: theirs.id, end: MONDAY_9_BERLIN + 3 * HOUR_MS });
      expect(await db.timeEntries.where('running').equals(1).primaryKeys()).toEqual([started.id]);
      expect(await storedRollups(db)).toEqual(await rollupsFromScratch(db));
    } finally {
      otherWindow.close();
    }
  });
});

describe('live queries over the timer', () => {
  it('see the running timer appear on start and go on stop', async () => {
    const db = freshDb();
    const { project } = await setUp(db);
    await trackFirstHour(db, project.id);
    const seen: (TimeEntry | undefined)[] = [];
    const subscription = liveQuery(() => getRunningTimeEntry(db)).subscribe({ next: (entry) => seen.push(entry) });
    try {
      await vi.waitFor(() => expect(seen).toHaveLength(1));
      const started = expectOk(await startTimer(db, start(project.id, { now: MONDAY_9_BERLIN + 2 * HOUR_MS }))).started;
      await vi.waitFor(() => expect(seen.at(-1)?.id).toBe(started.id));
      expectOk(await stopTimer(db, MONDAY_9_BERLIN + 3 * HOUR_MS));
      await vi.waitFor(() => expect(seen.at(-1)).toBeUndefined());
    } finally {
      subscription.unsubscribe();
    }
  });

  it('see the month’s totals grow when a timer stops', async () => {
    const db = freshDb();
    const { project } = await setUp(db);
    await trackFirstHour(db, project.id);
    const tracked: number[] = [];
    const subscription = liveQuery(() => db.rollups.where('month').equals('2026-03').toArray()).subscribe({
      next: (rows) => tracked.push(rows.reduce((sum, row) => sum + row.trackedMs, 0)),
    });
    try {
      await vi.waitFor(() => expect(tracked).toEqual([HOUR_MS]));
      expectOk(await startTimer(db, start(project.id, { now: MONDAY_9_BERLIN + 2 * HOUR_MS })));
      expectOk(await stopTimer(db, MONDAY_9_BERLIN + 4 * HOUR_MS));
      await vi.waitFor(() => expect(tracked.at(-1)).toBe(3 * HOUR_MS));
    } finally {
      subscription.unsubscribe();
    }
  });
});

type TimerStep =
  | { kind: 'start'; project: 0 | 1; minutes: number }
  | { kind: 'stop'; minutes: number }
  | { kind: 'edit' }
  | { kind: 'manual'; project: 0 | 1; minutes: number }
  | { kind: 'currency'; project: 0 | 1 };

const timerStep: fc.Arbitrary<TimerStep> = fc.oneof(
  fc.record({ kind: fc.constant('start' as const), project: fc.constantFrom(0 as const, 1 as const), minutes: fc.integer({ min: 0, max: 600 }) }),
  fc.record({ kind: fc.constant('stop' as const), minutes: fc.integer({ min: 0, max: 600 }) }),
  fc.record({ kind: fc.constant('edit' as const) }),
  fc.record({ kind: fc.constant('manual' as const), project: fc.constantFrom(0 as const, 1 as const), minutes: fc.integer({ min: 1, max: 600 }) }),
  fc.record({ kind: fc.constant('currency' as const), project: fc.constantFrom(0 as const, 1 as const) }),
);

describe('the timer under any mix of starts, stops and other writes', () => {
  it('keeps the rollups equal to a recomputation from scratch, with at most one timer running', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(timerStep, { minLength: 1, maxLength: 14 }), async (steps) => {
        const db = freshDb();
        const { project, internal } = await setUp(db);
        const projects = [project.id, internal.id] as const;
        let now = MONDAY_9_BERLIN;
        for (const step of steps) {
          if (step.kind === 'start') {
            now += step.minutes * MINUTE;
            expectOk(await startTimer(db, start(projects[step.project], { now })));
          } else if (step.kind === 'stop') {
            now += step.minutes * MINUTE;
            await stopTimer(db, now);
          } else if (step.kind === 'edit') {
            const running = await getRunningTimeEntry(db);
            if (running !== undefined) expectOk(await updateTimeEntry(db, running.id, { description: `Edited at ${String(now)}` }));
          } else if (step.kind === 'manual') {
            expectOk(await createTimeEntry(db, timeEntryInput(projects[step.project], { start: now - step.minutes * MINUTE, end: now })));
          } else {
            const stored = await db.projects.get(projects[step.project]);
            expectOk(await updateProject(db, projects[step.project], { currency: stored?.currency === 'EUR' ? 'USD' : 'EUR' }));
          }
          expect(await db.timeEntries.where('running').equals(1).count()).toBeLessThanOrEqual(1);
        }
        expect(await storedRollups(db)).toEqual(await rollupsFromScratch(db));
        db.close();
      }),
      { numRuns: 40 },
    );
  });
});
