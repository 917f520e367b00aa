import { describe, expect, it } from 'vitest';
import { createInvoice } from '../../../../src/db/repositories/invoices';
import { listRollupsForMonths } from '../../../../src/db/repositories/rollups';
import { createTimeEntry, getTimeEntry, updateTimeEntry } from '../../../../src/db/repositories/time-entries';
import { setProjectDayDuration } from '../../../../src/db/repositories/timer';
import { zonedInstant } from '../../../../src/domain/time/zoned-instant';
import { expectErrors, expectNothingWritten, expectOk, freshDb, HOUR_MS, invoiceInput, timeEntryInput } from '../test-db';
import { MINUTE, setUp, ZONE } from './timer-fixtures';

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
