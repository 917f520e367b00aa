import { describe, expect, it } from 'vitest';
import { listRollupsForMonths } from '../../../../src/db/repositories/rollups';
import { getTimeEntry } from '../../../../src/db/repositories/time-entries';
import { startTimer, stopTimer } from '../../../../src/db/repositories/timer';
import { zonedInstant } from '../../../../src/domain/time/zoned-instant';
import { expectOk, freshDb, HOUR_MS } from '../test-db';
import { setUp, start, ZONE } from './timer-fixtures';

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
