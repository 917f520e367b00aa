import { describe, expect, it } from 'vitest';
import type { ReputeDb } from '../../../../src/db/db';
import { getRunningTimeEntry } from '../../../../src/db/repositories/time-entries';
import { resolveIdleTime, startTimer, stopTimer } from '../../../../src/db/repositories/timer';
import { expectErrors, expectNothingWritten, expectOk, freshDb, HOUR_MS, MONDAY_9_BERLIN } from '../test-db';
import { liveEntries, MINUTE, setUp, start, ZONE } from './timer-fixtures';

describe('resolveIdleTime', () => {
  const idleStart = MONDAY_9_BERLIN + 2 * HOUR_MS;
  const idleEnd = MONDAY_9_BERLIN + 3 * HOUR_MS;
  const now = idleEnd + 2 * MINUTE;

  async function idleTimer(db: ReputeDb) {
    const { project, internal } = await setUp(db);
    const running = expectOk(await startTimer(db, start(project.id))).started;
    return { project, internal, running };
  }

  it('keep: changes nothing, the idle hour stays tracked', async () => {
    const db = freshDb();
    const { running } = await idleTimer(db);
    await expectNothingWritten(db.timeEntries, async () => {
      expect(expectOk(await resolveIdleTime(db, { entryId: running.id, idleStart, idleEnd, decision: 'keep', now, timeZone: ZONE }))).toEqual({ entry: running, started: null });
    });
  });

  it('discard: ends the entry when the user left and starts the same work again when they came back', async () => {
    const db = freshDb();
    const { running } = await idleTimer(db);
    const { entry, started } = expectOk(await resolveIdleTime(db, { entryId: running.id, idleStart, idleEnd, decision: 'discard', now, timeZone: ZONE }));
    expect(entry).toMatchObject({ id: running.id, start: MONDAY_9_BERLIN, end: idleStart });
    expect(started).toMatchObject({ projectId: running.projectId, description: 'Chart legend', tags: ['frontend'], billable: true, start: idleEnd, end: null });
    expect((await liveEntries(db)).map((e) => [e.start, e.end])).toEqual([
      [MONDAY_9_BERLIN, idleStart],
      [idleEnd, null],
    ]);
  });

  it('discardAndStop: ends the entry when the user left, and no timer runs', async () => {
    const db = freshDb();
    const { running } = await idleTimer(db);
    const { entry, started } = expectOk(await resolveIdleTime(db, { entryId: running.id, idleStart, idleEnd, decision: 'discardAndStop', now, timeZone: ZONE }));
    expect(entry.end).toBe(idleStart);
    expect(started).toBeNull();
    expect(await getRunningTimeEntry(db)).toBeUndefined();
    expect(await db.timeEntries.count()).toBe(1);
  });

  it('moveToNewEntry: the idle time becomes a new, undescribed timer on the same project', async () => {
    const db = freshDb();
    const { running } = await idleTimer(db);
    const { entry, started } = expectOk(await resolveIdleTime(db, { entryId: running.id, idleStart, idleEnd, decision: 'moveToNewEntry', now, timeZone: ZONE }));
    expect(entry.end).toBe(idleStart);
    expect(started).toMatchObject({ projectId: running.projectId, description: '', tags: [], billable: true, start: idleStart, end: null });
  });

  it('holds idle reported from before the timer started to the timer’s own start', async () => {
    const db = freshDb();
    const { running } = await idleTimer(db);
    const { entry, started } = expectOk(await resolveIdleTime(db, { entryId: running.id, idleStart: MONDAY_9_BERLIN - HOUR_MS, idleEnd, decision: 'discard', now, timeZone: ZONE }));
    expect(entry.end).toBe(MONDAY_9_BERLIN);
    expect(started?.start).toBe(idleEnd);
  });

  it('refuses a stopped or unknown timer and a backwards stretch, writing nothing', async () => {
    const db = freshDb();
    const { running } = await idleTimer(db);
    await expectNothingWritten(db.timeEntries, async () => {
      expect(expectErrors(await resolveIdleTime(db, { entryId: 'missing', idleStart, idleEnd, decision: 'discard', now, timeZone: ZONE }))).toEqual({ entryId: 'This timer no longer exists' });
      expect(expectErrors(await resolveIdleTime(db, { entryId: running.id, idleStart: idleEnd, idleEnd: idleStart, decision: 'discard', now, timeZone: ZONE }))).toEqual({
        idleEnd: 'The idle time ends before it starts',
      });
    });
    expectOk(await stopTimer(db, now));
    expect(expectErrors(await resolveIdleTime(db, { entryId: running.id, idleStart, idleEnd, decision: 'discardAndStop', now, timeZone: ZONE }))).toEqual({
      entryId: 'This timer was stopped in the meantime',
    });
  });

  it('resolves a sleep across midnight: the evening stays, the night goes', async () => {
    const db = freshDb();
    const { project } = await setUp(db);
    const evening = Date.UTC(2026, 2, 2, 19, 0);
    const running = expectOk(await startTimer(db, start(project.id, { now: evening }))).started;
    const lidClosed = Date.UTC(2026, 2, 2, 22, 10);
    const lidOpened = Date.UTC(2026, 2, 3, 6, 45);
    const { entry, started } = expectOk(
      await resolveIdleTime(db, { entryId: running.id, idleStart: lidClosed, idleEnd: lidOpened, decision: 'discard', now: lidOpened + MINUTE, timeZone: ZONE }),
    );
    expect(entry.end).toBe(lidClosed);
    expect(started?.start).toBe(lidOpened);
  });
});

