import { describe, expect, it } from 'vitest';
import type { ReputeDb } from '../../../../src/db/db';
import { createClient } from '../../../../src/db/repositories/clients';
import { createProject } from '../../../../src/db/repositories/projects';
import { listRecentProjects, listRecentTimeEntries } from '../../../../src/db/repositories/time-entries';
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
