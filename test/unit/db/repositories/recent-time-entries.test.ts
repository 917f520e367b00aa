import { describe, expect, it } from 'vitest';
import type { ReputeDb } from '../../../../src/db/db';
import { createClient } from '../../../../src/db/repositories/clients';
import { createProject } from '../../../../src/db/repositories/projects';
import { hasAnyTimeEntries, listRecentProjects, listRecentTimeEntries } from '../../../../src/db/repositories/time-entries';
import type { TimeEntry } from '../../../../src/domain/model';
import { clientInput, expectOk, freshDb, HOUR_MS, MONDAY_9_BERLIN, projectInput } from '../test-db';

/*
 * The recent lists read the newest entries in batches rather than walking a cursor; these tests reach past the first
 * batch, where deleted entries or one project's long run of entries hide what the lists should find.
 */

/** Stored entries on the project, one an hour going back from Monday 09:00, the first `deleted` of them deleted. */
function entriesBackFrom(projectId: string, clientId: string, count: number, options: { hoursBack?: number; deleted?: number } = {}): TimeEntry[] {
  const hoursBack = options.hoursBack ?? 0;
  return Array.from({ length: count }, (_, index) => {
    const start = MONDAY_9_BERLIN - (hoursBack + index) * HOUR_MS;
    const entry: TimeEntry = {
      id: `${projectId}-${String(index)}`,
      createdAt: start,
      updatedAt: start,
      projectId,
      clientId,
      start,
      end: start + HOUR_MS / 2,
      timeZone: 'Europe/Berlin',
      description: '',
      billable: true,
      tags: [],
      source: 'manual',
    };
    if (index < (options.deleted ?? 0)) entry.deletedAt = start;
    return entry;
  });
}

async function setUp(db: ReputeDb) {
  const client = expectOk(await createClient(db, clientInput()));
  const busy = expectOk(await createProject(db, projectInput(client.id, { name: 'Busy project' })));
  const older = expectOk(await createProject(db, projectInput(client.id, { name: 'Older project' })));
  return { client, busy, older };
}

describe('listRecentTimeEntries', () => {
  it('reads on past deleted entries until it has as many live ones as asked for', async () => {
    const db = freshDb();
    const { client, busy } = await setUp(db);
    await db.timeEntries.bulkAdd(entriesBackFrom(busy.id, client.id, 10, { deleted: 5 }));
    expect((await listRecentTimeEntries(db, 3)).map((entry) => entry.id)).toEqual([`${busy.id}-5`, `${busy.id}-6`, `${busy.id}-7`]);
    expect(await listRecentTimeEntries(db, 20)).toHaveLength(5);
  });
});

describe('listRecentTimeEntries around today', () => {
  it('puts entries booked ahead and today’s entries before older ones, newest first, whatever the hour', async () => {
    const db = freshDb();
    const { client, busy } = await setUp(db);
    const now = Date.now();
    // Every five hours from three days back to two days ahead: today's, tomorrow's and older entries, in shuffled order.
    const entries = entriesBackFrom(busy.id, client.id, 25).map((entry, index) => ({ ...entry, start: now + (48 - 5 * index) * HOUR_MS, end: now + (48.5 - 5 * index) * HOUR_MS }));
    await db.timeEntries.bulkAdd([...entries].reverse());
    const byStart = [...entries].sort((a, b) => b.start - a.start).map((entry) => entry.id);
    expect((await listRecentTimeEntries(db, 25)).map((entry) => entry.id)).toEqual(byStart);
    expect((await listRecentTimeEntries(db, 12)).map((entry) => entry.id)).toEqual(byStart.slice(0, 12));
    expect((await listRecentTimeEntries(db, 3)).map((entry) => entry.id)).toEqual(byStart.slice(0, 3));
  });
});

describe('listRecentProjects', () => {
  it('finds an active project behind another project’s long run of entries', async () => {
    const db = freshDb();
    const { client, busy, older } = await setUp(db);
    await db.timeEntries.bulkAdd([...entriesBackFrom(busy.id, client.id, 150), ...entriesBackFrom(older.id, client.id, 1, { hoursBack: 150 })]);
    expect((await listRecentProjects(db, 2)).map((project) => project.name)).toEqual(['Busy project', 'Older project']);
    expect((await listRecentProjects(db, 1)).map((project) => project.name)).toEqual(['Busy project']);
  });

  it('looks no further back than the last 2,000 entries', async () => {
    const db = freshDb();
    const { client, busy, older } = await setUp(db);
    await db.timeEntries.bulkAdd([...entriesBackFrom(busy.id, client.id, 2000), ...entriesBackFrom(older.id, client.id, 1, { hoursBack: 2000 })]);
    expect((await listRecentProjects(db, 2)).map((project) => project.name)).toEqual(['Busy project']);
  });
});

describe('hasAnyTimeEntries', () => {
  it('is false with no entries or only deleted ones, and true once one live entry exists', async () => {
    const db = freshDb();
    const { client, busy } = await setUp(db);
    expect(await hasAnyTimeEntries(db)).toBe(false);
    const entries = entriesBackFrom(busy.id, client.id, 4, { deleted: 3 });
    await db.timeEntries.bulkAdd(entries.slice(0, 3));
    expect(await hasAnyTimeEntries(db)).toBe(false);
    await db.timeEntries.bulkAdd(entries.slice(3));
    expect(await hasAnyTimeEntries(db)).toBe(true);
  });
});
