import { describe, expect, it } from 'vitest';
import type { ReputeDb } from '../../../../src/db/db';
import { createClient } from '../../../../src/db/repositories/clients';
import { createInvoice, updateInvoice } from '../../../../src/db/repositories/invoices';
import { createProject, deleteProject } from '../../../../src/db/repositories/projects';
import { listRollupsForMonths } from '../../../../src/db/repositories/rollups';
import { createTimeEntry, getRunningTimeEntry, getTimeEntry, updateTimeEntry } from '../../../../src/db/repositories/time-entries';
import { continueTimeEntry, resolveIdleTime, setProjectDayDuration, startTimer, stopTimer, type StartTimerInput } from '../../../../src/db/repositories/timer';
import { zonedInstant } from '../../../../src/domain/time/zoned-instant';
import type { TimeEntry } from '../../../../src/domain/model';
import { clientInput, expectErrors, expectNothingWritten, expectOk, freshDb, HOUR_MS, invoiceInput, MONDAY_9_BERLIN, projectInput, timeEntryInput } from '../test-db';

const MINUTE = 60_000;
const ZONE = 'Europe/Berlin';

async function setUp(db: ReputeDb) {
  const client = expectOk(await createClient(db, clientInput()));
  const project = expectOk(await createProject(db, projectInput(client.id)));
  const internal = expectOk(await createProject(db, projectInput(client.id, { name: 'Internal tooling', billing: { kind: 'nonBillable' } })));
  return { client, project, internal };
}

function start(projectId: string, overrides: Partial<StartTimerInput> = {}): StartTimerInput {
  return { projectId, description: 'Chart legend', tags: ['frontend'], now: MONDAY_9_BERLIN, timeZone: ZONE, ...overrides };
}

async function liveEntries(db: ReputeDb): Promise<TimeEntry[]> {
  return (await db.timeEntries.toArray()).filter((entry) => entry.deletedAt === undefined).sort((a, b) => a.start - b.start);
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

describe('a timer across a DST change', () => {
  it('tracks the real elapsed time from its stored start and end: 01:30 to 03:30 on spring-forward night is one hour', async () => {
    const db = freshDb();
    const { client, project } = await setUp(db);
    const before = zonedInstant('2026-03-29', '01:30', ZONE);
    const after = zonedInstant('2026-03-29', '03:30', ZONE);
    expectOk(await startTimer(db, start(project.id, { now: before })));
    const stopped = expectOk(await stopTimer(db, after));
    expect(stopped.end).toBe(stopped.start + HOUR_MS);
    expect(await listRollupsForMonths(db, { fromMonth: '2026-03', toMonth: '2026-03' })).toEqual([expect.objectContaining({ clientId: client.id, trackedMs: HOUR_MS })]);
  });

  it('tracks three hours from 00:30 to 02:30 on fall-back night in New York, two hours by the wall clock', async () => {
    const db = freshDb();
    const { project } = await setUp(db);
    const zone = 'America/New_York';
    const before = zonedInstant('2026-11-01', '00:30', zone);
    const after = zonedInstant('2026-11-01', '02:30', zone);
    expectOk(await startTimer(db, start(project.id, { now: before, timeZone: zone })));
    const stopped = expectOk(await stopTimer(db, after));
    expect(stopped.end).toBe(stopped.start + 3 * HOUR_MS);
  });
});

describe('the machine changing zone while a timer runs', () => {
  it('keeps the entry in the zone it started in, with its duration unchanged', async () => {
    const db = freshDb();
    const { project, internal } = await setUp(db);
    const departure = zonedInstant('2026-03-02', '08:00', ZONE);
    const started = expectOk(await startTimer(db, start(project.id, { now: departure }))).started;
    // The laptop lands in New York; the next start comes from a machine in another zone and switches timers.
    const arrival = departure + 9 * HOUR_MS;
    const { stopped, started: next } = expectOk(await startTimer(db, start(internal.id, { now: arrival, timeZone: 'America/New_York' })));
    expect(stopped).toMatchObject({ id: started.id, timeZone: ZONE, start: departure, end: arrival });
    expect(stopped?.end).toBe(departure + 9 * HOUR_MS);
    expect(next.timeZone).toBe('America/New_York');
    expect(await getTimeEntry(db, started.id)).toMatchObject({ timeZone: ZONE });
  });
});

describe('setProjectDayDuration', () => {
  const day = '2026-03-03';
  const at = (time: string) => zonedInstant(day, time, ZONE);

  it('adds a manual entry for more time, at 09:00 on an empty day, billable from the project', async () => {
    const db = freshDb();
    const { project, internal } = await setUp(db);
    const change = expectOk(await setProjectDayDuration(db, { projectId: project.id, day, timeZone: ZONE, ms: 90 * MINUTE, now: at('18:00') }));
    expect(change.added).toMatchObject({ projectId: project.id, start: at('09:00'), end: at('10:30'), source: 'manual', description: '', billable: true, timeZone: ZONE });
    expect(change.changed).toEqual([]);
    expect(change.removed).toEqual([]);
    const nonBillable = expectOk(await setProjectDayDuration(db, { projectId: internal.id, day, timeZone: ZONE, ms: HOUR_MS, now: at('18:00') }));
    expect(nonBillable.added?.billable).toBe(false);
  });

  it('adds the difference after the day’s last entry', async () => {
    const db = freshDb();
    const { project } = await setUp(db);
    expectOk(await createTimeEntry(db, timeEntryInput(project.id, { start: at('13:00'), end: at('14:00') })));
    const change = expectOk(await setProjectDayDuration(db, { projectId: project.id, day, timeZone: ZONE, ms: 3 * HOUR_MS, now: at('18:00') }));
    expect(change.added).toMatchObject({ start: at('14:00'), end: at('16:00') });
  });

  it('shortens the latest entry and removes later ones for less time, keeping the rollups in step', async () => {
    const db = freshDb();
    const { project } = await setUp(db);
    const morning = expectOk(await createTimeEntry(db, timeEntryInput(project.id, { start: at('09:00'), end: at('12:00') })));
    const afternoon = expectOk(await createTimeEntry(db, timeEntryInput(project.id, { start: at('13:00'), end: at('14:00') })));
    const change = expectOk(await setProjectDayDuration(db, { projectId: project.id, day, timeZone: ZONE, ms: 2 * HOUR_MS, now: at('18:00') }));
    expect(change.added).toBeNull();
    expect(change.removed.map((entry) => entry.id)).toEqual([afternoon.id]);
    expect(change.changed).toEqual([expect.objectContaining({ id: morning.id, start: at('09:00'), end: at('11:00') })]);
    expect((await getTimeEntry(db, afternoon.id))?.deletedAt).toBe(at('18:00'));
    expect((await listRollupsForMonths(db, { fromMonth: '2026-03', toMonth: '2026-03' }))[0]?.trackedMs).toBe(2 * HOUR_MS);
  });

  it('refuses, on ms, when only invoiced time could give way, writing nothing', async () => {
    const db = freshDb();
    const { client, project } = await setUp(db);
    const billed = expectOk(await createTimeEntry(db, timeEntryInput(project.id, { start: at('09:00'), end: at('11:00') })));
    const invoice = expectOk(await createInvoice(db, invoiceInput(client.id)));
    expectOk(await updateTimeEntry(db, billed.id, { invoiceId: invoice.id }));
    await expectNothingWritten(db.timeEntries, async () => {
      expect(expectErrors(await setProjectDayDuration(db, { projectId: project.id, day, timeZone: ZONE, ms: HOUR_MS, now: at('18:00') }))).toEqual({
        ms: 'Invoiced time on this day cannot change; enter at least 2h 00m',
      });
    });
  });

  it('sees an entry from the evening before that reaches into the day', async () => {
    const db = freshDb();
    const { project } = await setUp(db);
    const overnight = expectOk(await createTimeEntry(db, timeEntryInput(project.id, { start: zonedInstant('2026-03-02', '23:00', ZONE), end: at('01:00') })));
    const change = expectOk(await setProjectDayDuration(db, { projectId: project.id, day, timeZone: ZONE, ms: 0, now: at('18:00') }));
    expect(change.changed).toEqual([expect.objectContaining({ id: overnight.id, end: at('00:00') })]);
  });

  it('refuses an unknown project, a malformed day and an unknown zone', async () => {
    const db = freshDb();
    const { project } = await setUp(db);
    expect(expectErrors(await setProjectDayDuration(db, { projectId: 'missing', day, timeZone: ZONE, ms: HOUR_MS, now: 0 }))).toEqual({ projectId: 'No such project' });
    expect(expectErrors(await setProjectDayDuration(db, { projectId: project.id, day: '2026-02-30', timeZone: ZONE, ms: HOUR_MS, now: 0 }))).toEqual({ day: 'Use a day like 2026-03-31' });
    expect(expectErrors(await setProjectDayDuration(db, { projectId: project.id, day, timeZone: 'Mars/Olympus', ms: HOUR_MS, now: 0 }))).toEqual({
      timeZone: 'Unknown time zone; use an IANA name such as Europe/Berlin',
    });
    expect(await db.timeEntries.count()).toBe(0);
  });
});
