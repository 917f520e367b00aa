import { liveQuery } from 'dexie';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { ReputeDb } from '../../../../src/db/db';
import { openReputeDb } from '../../../../src/db/db';
import { createClient } from '../../../../src/db/repositories/clients';
import { createProject, deleteProject, updateProject } from '../../../../src/db/repositories/projects';
import { createTimeEntry, deleteTimeEntry, getRunningTimeEntry, getTimeEntry, updateTimeEntry } from '../../../../src/db/repositories/time-entries';
import { continueTimeEntry, startTimer, stopTimer, type StartTimerInput } from '../../../../src/db/repositories/timer';
import { recomputeRollups } from '../../../../src/domain/rollups/recompute-rollups';
import type { Rollup, TimeEntry } from '../../../../src/domain/model';
import { clientInput, expectErrors, expectOk, freshDb, HOUR_MS, MONDAY_9_BERLIN, projectInput, timeEntryInput } from '../test-db';

/*
 * The timer's start and stop write directly, beside the reads that confirm what an earlier timer write saw. These
 * tests count the transactions that go through Dexie to tell the direct path from the careful one, and check that
 * whenever the rows changed in between, the careful path runs and the data come out exactly as it would have.
 */

const ZONE = 'Europe/Berlin';
const MINUTE = 60_000;

/** Counts the transactions opened through Dexie; the direct writes open theirs on IndexedDB itself. */
function countDexieTransactions(db: ReputeDb): { count: number } {
  const counter = { count: 0 };
  db.use({
    stack: 'dbcore',
    name: 'count-transactions',
    create: (down) => ({
      ...down,
      transaction: (stores, mode, options) => {
        if (mode === 'readwrite') counter.count += 1;
        return down.transaction(stores, mode, options);
      },
    }),
  });
  return counter;
}

async function setUp(db: ReputeDb) {
  const client = expectOk(await createClient(db, clientInput()));
  const project = expectOk(await createProject(db, projectInput(client.id)));
  const other = expectOk(await createProject(db, projectInput(client.id, { name: 'Second project' })));
  return { client, project, other };
}

function start(projectId: string, now: number, overrides: Partial<StartTimerInput> = {}): StartTimerInput {
  return { projectId, description: 'Chart legend', tags: [], now, timeZone: ZONE, ...overrides };
}

async function storedRollups(db: ReputeDb): Promise<Rollup[]> {
  return (await db.rollups.toArray()).sort((a, b) => a.id.localeCompare(b.id));
}

async function rollupsFromScratch(db: ReputeDb): Promise<Rollup[]> {
  return recomputeRollups({ timeEntries: await db.timeEntries.toArray(), projects: await db.projects.toArray(), invoices: [], payments: [] });
}

/** A first start and stop, the careful way: afterwards the timer knows the project and the month's rollup row. */
async function warmUp(db: ReputeDb, projectId: string): Promise<void> {
  expectOk(await startTimer(db, start(projectId, MONDAY_9_BERLIN)));
  expectOk(await stopTimer(db, MONDAY_9_BERLIN + HOUR_MS));
}

describe('the timer writing directly', () => {
  it('starts and stops without a Dexie transaction once it has seen the project and the month', async () => {
    const db = freshDb();
    const counter = countDexieTransactions(db);
    const { project } = await setUp(db);
    await warmUp(db, project.id);
    const before = counter.count;
    const started = expectOk(await startTimer(db, start(project.id, MONDAY_9_BERLIN + 2 * HOUR_MS))).started;
    const stopped = expectOk(await stopTimer(db, MONDAY_9_BERLIN + 3 * HOUR_MS + 30 * MINUTE));
    expect(counter.count).toBe(before);
    expect(stopped).toMatchObject({ id: started.id, start: MONDAY_9_BERLIN + 2 * HOUR_MS, end: MONDAY_9_BERLIN + 3.5 * HOUR_MS });
    expect(stopped).not.toHaveProperty('running');
    expect(await getTimeEntry(db, started.id)).toEqual(stopped);
    expect(await storedRollups(db)).toEqual(await rollupsFromScratch(db));
    expect((await storedRollups(db))[0]).toMatchObject({ trackedMs: 2.5 * HOUR_MS, billableMs: 2.5 * HOUR_MS });
  });

  it('stops carefully, keeping the edit, when the running entry was changed after it started', async () => {
    const db = freshDb();
    const counter = countDexieTransactions(db);
    const { project } = await setUp(db);
    await warmUp(db, project.id);
    const started = expectOk(await startTimer(db, start(project.id, MONDAY_9_BERLIN + 2 * HOUR_MS))).started;
    expectOk(await updateTimeEntry(db, started.id, { description: 'Legend colours, after the call' }));
    const before = counter.count;
    const stopped = expectOk(await stopTimer(db, MONDAY_9_BERLIN + 3 * HOUR_MS));
    expect(counter.count).toBe(before + 1);
    expect(stopped.description).toBe('Legend colours, after the call');
    expect(await getTimeEntry(db, started.id)).toMatchObject({ description: 'Legend colours, after the call', end: MONDAY_9_BERLIN + 3 * HOUR_MS });
    expect(await storedRollups(db)).toEqual(await rollupsFromScratch(db));
  });

  it('adds to the month’s totals as they are, when another write changed them between two stops', async () => {
    const db = freshDb();
    const { project, other } = await setUp(db);
    await warmUp(db, project.id);
    expectOk(await startTimer(db, start(project.id, MONDAY_9_BERLIN + 2 * HOUR_MS)));
    expectOk(await createTimeEntry(db, timeEntryInput(other.id, { start: MONDAY_9_BERLIN + 5 * HOUR_MS, end: MONDAY_9_BERLIN + 6 * HOUR_MS })));
    expectOk(await stopTimer(db, MONDAY_9_BERLIN + 3 * HOUR_MS));
    expect(await storedRollups(db)).toEqual(await rollupsFromScratch(db));
    expect((await storedRollups(db))[0]?.trackedMs).toBe(3 * HOUR_MS);
  });

  it('files the hours under the project’s new currency when it changed while the timer ran', async () => {
    const db = freshDb();
    const { project } = await setUp(db);
    await warmUp(db, project.id);
    expectOk(await startTimer(db, start(project.id, MONDAY_9_BERLIN + 2 * HOUR_MS)));
    expectOk(await updateProject(db, project.id, { currency: 'USD' }));
    expectOk(await stopTimer(db, MONDAY_9_BERLIN + 3 * HOUR_MS));
    const rollups = await storedRollups(db);
    expect(rollups).toEqual(await rollupsFromScratch(db));
    expect(rollups.map((rollup) => [rollup.currency, rollup.trackedMs])).toEqual([['USD', 2 * HOUR_MS]]);
  });

  it('says no timer runs, writing nothing, when the running entry was deleted after it started', async () => {
    const db = freshDb();
    const { project } = await setUp(db);
    await warmUp(db, project.id);
    const started = expectOk(await startTimer(db, start(project.id, MONDAY_9_BERLIN + 2 * HOUR_MS))).started;
    expectOk(await deleteTimeEntry(db, started.id));
    const entriesBefore = await db.timeEntries.toArray();
    const rollupsBefore = await storedRollups(db);
    expect(expectErrors(await stopTimer(db, MONDAY_9_BERLIN + 3 * HOUR_MS))).toEqual({ end: 'No timer is running' });
    expect(await db.timeEntries.toArray()).toEqual(entriesBefore);
    expect(await storedRollups(db)).toEqual(rollupsBefore);
  });

  it('refuses a project deleted since the timer last saw it, writing nothing', async () => {
    const db = freshDb();
    const { project } = await setUp(db);
    await warmUp(db, project.id);
    await deleteProject(db, project.id);
    const entriesBefore = await db.timeEntries.toArray();
    expect(expectErrors(await startTimer(db, start(project.id, MONDAY_9_BERLIN + 2 * HOUR_MS)))).toEqual({ projectId: 'This project was deleted' });
    expect(await db.timeEntries.toArray()).toEqual(entriesBefore);
  });

  it('takes the client a project moved to since the timer last saw it', async () => {
    const db = freshDb();
    const { project } = await setUp(db);
    await warmUp(db, project.id);
    const newClient = expectOk(await createClient(db, clientInput({ name: 'Fabrikam' })));
    expectOk(await updateProject(db, project.id, { clientId: newClient.id }));
    const started = expectOk(await startTimer(db, start(project.id, MONDAY_9_BERLIN + 2 * HOUR_MS))).started;
    expect(started.clientId).toBe(newClient.id);
  });

  it('switches from a timer another window started, leaving exactly one running', async () => {
    const db = freshDb();
    const { project, other } = await setUp(db);
    await warmUp(db, project.id);
    const otherWindow = openReputeDb(db.name);
    try {
      const theirs = expectOk(await startTimer(otherWindow, start(other.id, MONDAY_9_BERLIN + 2 * HOUR_MS))).started;
      const { started, stopped } = expectOk(await startTimer(db, start(project.id, MONDAY_9_BERLIN + 3 * HOUR_MS)));
      expect(stopped).toMatchObject({ id: theirs.id, end: MONDAY_9_BERLIN + 3 * HOUR_MS });
      expect(await db.timeEntries.where('running').equals(1).primaryKeys()).toEqual([started.id]);
      expect(await storedRollups(db)).toEqual(await rollupsFromScratch(db));
    } finally {
      otherWindow.close();
    }
  });

  it('keeps what it knows of a running timer that “continue” leaves running', async () => {
    const db = freshDb();
    const counter = countDexieTransactions(db);
    const { project } = await setUp(db);
    await warmUp(db, project.id);
    const started = expectOk(await startTimer(db, start(project.id, MONDAY_9_BERLIN + 2 * HOUR_MS))).started;
    expect(expectOk(await continueTimeEntry(db, started.id, MONDAY_9_BERLIN + 2.5 * HOUR_MS, ZONE)).started).toEqual(started);
    const before = counter.count;
    expectOk(await stopTimer(db, MONDAY_9_BERLIN + 3 * HOUR_MS));
    expect(counter.count).toBe(before);
    expect(await storedRollups(db)).toEqual(await rollupsFromScratch(db));
  });

  it('is heard by live queries: the running timer appears on start and goes on stop', async () => {
    const db = freshDb();
    const { project } = await setUp(db);
    await warmUp(db, project.id);
    const seen: (TimeEntry | undefined)[] = [];
    const subscription = liveQuery(() => getRunningTimeEntry(db)).subscribe({ next: (entry) => seen.push(entry) });
    try {
      await vi.waitFor(() => expect(seen).toHaveLength(1));
      const started = expectOk(await startTimer(db, start(project.id, MONDAY_9_BERLIN + 2 * HOUR_MS))).started;
      await vi.waitFor(() => expect(seen.at(-1)?.id).toBe(started.id));
      expectOk(await stopTimer(db, MONDAY_9_BERLIN + 3 * HOUR_MS));
      await vi.waitFor(() => expect(seen.at(-1)).toBeUndefined());
    } finally {
      subscription.unsubscribe();
    }
  });

  it('is heard by live queries over the month’s totals', async () => {
    const db = freshDb();
    const { project } = await setUp(db);
    await warmUp(db, project.id);
    const tracked: number[] = [];
    const subscription = liveQuery(() => db.rollups.where('month').equals('2026-03').toArray()).subscribe({
      next: (rows) => tracked.push(rows.reduce((sum, row) => sum + row.trackedMs, 0)),
    });
    try {
      await vi.waitFor(() => expect(tracked).toEqual([HOUR_MS]));
      expectOk(await startTimer(db, start(project.id, MONDAY_9_BERLIN + 2 * HOUR_MS)));
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
        const { project, other } = await setUp(db);
        const projects = [project.id, other.id] as const;
        let now = MONDAY_9_BERLIN;
        for (const step of steps) {
          if (step.kind === 'start') {
            now += step.minutes * MINUTE;
            expectOk(await startTimer(db, start(projects[step.project], now)));
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
