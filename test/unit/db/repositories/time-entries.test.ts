import { describe, expect, it } from 'vitest';
import type { ReputeDb } from '../../../../src/db/db';
import { createClient } from '../../../../src/db/repositories/clients';
import { createInvoice, updateInvoice } from '../../../../src/db/repositories/invoices';
import { createProject, deleteProject, updateProject } from '../../../../src/db/repositories/projects';
import { listRollupsForMonths } from '../../../../src/db/repositories/rollups';
import {
  createTimeEntry,
  deleteTimeEntry,
  duplicateTimeEntry,
  getRunningTimeEntry,
  getTimeEntry,
  listRecentProjects,
  listRecentTimeEntries,
  listTimeEntries,
  listTimeEntriesInRange,
  restoreTimeEntry,
  splitTimeEntry,
  updateTimeEntry,
} from '../../../../src/db/repositories/time-entries';
import { clientInput, expectErrors, expectNothingWritten, expectOk, freshDb, HOUR_MS, invoiceInput, MONDAY_9_BERLIN, projectInput, timeEntryInput } from '../test-db';

async function setUp(db: ReputeDb) {
  const client = expectOk(await createClient(db, clientInput()));
  const other = expectOk(await createClient(db, clientInput({ name: 'Estudio Marea' })));
  const project = expectOk(await createProject(db, projectInput(client.id)));
  const otherProject = expectOk(await createProject(db, projectInput(other.id, { name: 'Portfolio site', currency: 'USD' })));
  return { client, other, project, otherProject };
}

describe('createTimeEntry', () => {
  it('takes the client from the project, whatever the input says', async () => {
    const db = freshDb();
    const { client, project } = await setUp(db);
    const entry = expectOk(await createTimeEntry(db, timeEntryInput(project.id, { clientId: 'ignored' })));
    expect(entry.clientId).toBe(client.id);
    expect(entry).not.toHaveProperty('running');
    expect(await getTimeEntry(db, entry.id)).toEqual(entry);
  });

  it('reports invalid fields and an unknown project, writing nothing', async () => {
    const db = freshDb();
    const { project } = await setUp(db);
    await expectNothingWritten(db.timeEntries, async () => {
      const errors = expectErrors(await createTimeEntry(db, timeEntryInput(project.id, { end: MONDAY_9_BERLIN - 1, description: 'x'.repeat(2001) })));
      expect(errors).toEqual({ end: 'End is before the start', description: 'At most 2000 characters' });
      expect(expectErrors(await createTimeEntry(db, timeEntryInput('nope')))).toEqual({ projectId: 'No such project' });
      expect(expectErrors(await createTimeEntry(db, timeEntryInput(project.id, { invoiceId: 'nope' })))).toEqual({ invoiceId: 'No such invoice' });
    });
    expect(await db.rollups.count()).toBe(0);
  });

  it('refuses a deleted project', async () => {
    const db = freshDb();
    const { project } = await setUp(db);
    await deleteProject(db, project.id);
    expect(expectErrors(await createTimeEntry(db, timeEntryInput(project.id)))).toEqual({ projectId: 'This project was deleted' });
  });

  it('refuses a second entry with the same import key', async () => {
    const db = freshDb();
    const { project } = await setUp(db);
    expectOk(await createTimeEntry(db, timeEntryInput(project.id, { importKey: 'toggl:1', source: 'import' })));
    await expectNothingWritten(db.timeEntries, async () => {
      expect(expectErrors(await createTimeEntry(db, timeEntryInput(project.id, { importKey: 'toggl:1', source: 'import' })))).toEqual({
        importKey: 'An entry with this import key already exists',
      });
    });
  });
});

describe('time entry writes as one transaction with their rollups', () => {
  // A rollup row that cannot be written must take the entry's own write back with it: this holds only while every
  // write after the command's reads still runs inside its transaction.
  function failRollupWrites(db: ReputeDb): () => void {
    const fail = () => {
      throw new Error('rollup write failed');
    };
    db.rollups.hook('creating', fail);
    db.rollups.hook('updating', fail);
    return () => {
      db.rollups.hook('creating').unsubscribe(fail);
      db.rollups.hook('updating').unsubscribe(fail);
    };
  }

  it('adds no entry when its rollup cannot be written', async () => {
    const db = freshDb();
    const { project } = await setUp(db);
    const restoreHooks = failRollupWrites(db);
    try {
      await expect(createTimeEntry(db, timeEntryInput(project.id))).rejects.toThrow('rollup write failed');
    } finally {
      restoreHooks();
    }
    expect(await db.timeEntries.count()).toBe(0);
  });

  it('keeps the stored entry when the rollup of its update cannot be written', async () => {
    const db = freshDb();
    const { project } = await setUp(db);
    const entry = expectOk(await createTimeEntry(db, timeEntryInput(project.id)));
    const restoreHooks = failRollupWrites(db);
    try {
      await expect(updateTimeEntry(db, entry.id, { end: entry.start + 3 * HOUR_MS })).rejects.toThrow('rollup write failed');
    } finally {
      restoreHooks();
    }
    expect(await getTimeEntry(db, entry.id)).toEqual(entry);
  });
});

describe('the single running timer', () => {
  it('flags the running entry and refuses a second one', async () => {
    const db = freshDb();
    const { project, otherProject } = await setUp(db);
    const running = expectOk(await createTimeEntry(db, timeEntryInput(project.id, { end: null })));
    expect(running.running).toBe(1);
    expect(await getRunningTimeEntry(db)).toEqual(running);

    await expectNothingWritten(db.timeEntries, async () => {
      expect(expectErrors(await createTimeEntry(db, timeEntryInput(otherProject.id, { end: null })))).toEqual({ end: 'Another timer is already running' });
    });
    const stopped = expectOk(await createTimeEntry(db, timeEntryInput(otherProject.id, { start: MONDAY_9_BERLIN - 3 * HOUR_MS, end: MONDAY_9_BERLIN - HOUR_MS })));
    expect(expectErrors(await updateTimeEntry(db, stopped.id, { end: null }))).toEqual({ end: 'Another timer is already running' });
  });

  it('lets exactly one of two concurrent starts win', async () => {
    const db = freshDb();
    const { project, otherProject } = await setUp(db);
    const results = await Promise.all([
      createTimeEntry(db, timeEntryInput(project.id, { end: null })),
      createTimeEntry(db, timeEntryInput(otherProject.id, { end: null })),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok).map((result) => (result.ok ? undefined : result.errors))).toEqual([{ end: 'Another timer is already running' }]);
    expect(await db.timeEntries.where('running').equals(1).count()).toBe(1);
  });

  it('drops the flag when stopped, so a new timer can start', async () => {
    const db = freshDb();
    const { project } = await setUp(db);
    const running = expectOk(await createTimeEntry(db, timeEntryInput(project.id, { end: null })));
    const stopped = expectOk(await updateTimeEntry(db, running.id, { end: MONDAY_9_BERLIN + HOUR_MS }));
    expect(stopped).not.toHaveProperty('running');
    expect(await getRunningTimeEntry(db)).toBeUndefined();
    expectOk(await createTimeEntry(db, timeEntryInput(project.id, { start: MONDAY_9_BERLIN + 2 * HOUR_MS, end: null })));
  });

  it('ignores a deleted running entry, and will not restore it while another timer runs', async () => {
    const db = freshDb();
    const { project } = await setUp(db);
    const discarded = expectOk(await createTimeEntry(db, timeEntryInput(project.id, { end: null })));
    expectOk(await deleteTimeEntry(db, discarded.id));
    expect(await getRunningTimeEntry(db)).toBeUndefined();
    const current = expectOk(await createTimeEntry(db, timeEntryInput(project.id, { end: null })));
    expect(await getRunningTimeEntry(db)).toEqual(current);
    expect(expectErrors(await restoreTimeEntry(db, discarded.id))).toEqual({ end: 'Another timer is already running' });
    expect((await getTimeEntry(db, discarded.id))?.deletedAt).toEqual(expect.any(Number));
  });
});

describe('updateTimeEntry', () => {
  it('reports invalid fields and leaves the stored entry as it was', async () => {
    const db = freshDb();
    const { project } = await setUp(db);
    const entry = expectOk(await createTimeEntry(db, timeEntryInput(project.id)));
    await expectNothingWritten(db.timeEntries, async () => {
      expect(expectErrors(await updateTimeEntry(db, entry.id, { end: entry.start - 1, tags: [''] }))).toEqual({
        end: 'End is before the start',
        'tags.0': 'Too small: expected string to have >=1 characters',
      });
      expect(expectErrors(await updateTimeEntry(db, entry.id, { projectId: 'nope' }))).toEqual({ projectId: 'No such project' });
    });
    expect(await updateTimeEntry(db, 'missing', { description: 'x' })).toEqual({ ok: false, errors: { id: 'No such time entry' } });
  });

  it('moves the entry to the client of its new project', async () => {
    const db = freshDb();
    const { project, otherProject, other } = await setUp(db);
    const entry = expectOk(await createTimeEntry(db, timeEntryInput(project.id)));
    const moved = expectOk(await updateTimeEntry(db, entry.id, { projectId: otherProject.id, description: 'Moved' }));
    expect(moved).toMatchObject({ projectId: otherProject.id, clientId: other.id, description: 'Moved', createdAt: entry.createdAt });
  });
});

describe('invoiced entries', () => {
  it('are locked against update and delete, naming the invoice number', async () => {
    const db = freshDb();
    const { client, project } = await setUp(db);
    const entry = expectOk(await createTimeEntry(db, timeEntryInput(project.id)));
    const invoice = expectOk(await createInvoice(db, invoiceInput(client.id)));
    expectOk(await updateTimeEntry(db, entry.id, { invoiceId: invoice.id }));
    const locked = await getTimeEntry(db, entry.id);

    expect(expectErrors(await updateTimeEntry(db, entry.id, { description: 'Changed' }))).toEqual({ invoiceId: 'This entry is on a draft invoice and cannot change' });
    expectOk(await updateInvoice(db, invoice.id, { status: 'issued', number: '2026-0007', issueDate: '2026-03-31' }));
    expect(expectErrors(await updateTimeEntry(db, entry.id, { description: 'Changed' }))).toEqual({ invoiceId: 'This entry is on invoice 2026-0007 and cannot change' });
    expect(expectErrors(await deleteTimeEntry(db, entry.id))).toEqual({ invoiceId: 'This entry is on invoice 2026-0007 and cannot change' });
    expect(await getTimeEntry(db, entry.id)).toEqual(locked);
  });
});

describe('deleteTimeEntry and restoreTimeEntry', () => {
  it('soft-deletes, hides from lists, and restores', async () => {
    const db = freshDb();
    const { project } = await setUp(db);
    const entry = expectOk(await createTimeEntry(db, timeEntryInput(project.id)));
    const deleted = expectOk(await deleteTimeEntry(db, entry.id));
    expect(deleted.deletedAt).toEqual(expect.any(Number));
    expect(await listRecentTimeEntries(db, 10)).toEqual([]);
    const restored = expectOk(await restoreTimeEntry(db, entry.id));
    expect(restored).not.toHaveProperty('deletedAt');
    expect((await listRecentTimeEntries(db, 10)).map((e) => e.id)).toEqual([entry.id]);
    expect(await deleteTimeEntry(db, 'missing')).toEqual({ ok: false, errors: { id: 'No such time entry' } });
  });
});

describe('listTimeEntriesInRange and listRecentTimeEntries', () => {
  it('returns live entries starting in [from, to), newest first, by client or project', async () => {
    const db = freshDb();
    const { client, project, otherProject } = await setUp(db);
    const at = (hours: number) => MONDAY_9_BERLIN + hours * HOUR_MS;
    const first = expectOk(await createTimeEntry(db, timeEntryInput(project.id, { start: at(0), end: at(1) })));
    const second = expectOk(await createTimeEntry(db, timeEntryInput(otherProject.id, { start: at(1), end: at(2) })));
    const third = expectOk(await createTimeEntry(db, timeEntryInput(project.id, { start: at(2), end: at(3) })));
    const gone = expectOk(await createTimeEntry(db, timeEntryInput(project.id, { start: at(3), end: at(4) })));
    expectOk(await deleteTimeEntry(db, gone.id));
    const ids = (entries: { id: string }[]) => entries.map((entry) => entry.id);

    expect(ids(await listTimeEntriesInRange(db, { from: at(0), to: at(10) }))).toEqual([third.id, second.id, first.id]);
    expect(ids(await listTimeEntriesInRange(db, { from: at(0), to: at(2) }))).toEqual([second.id, first.id]);
    expect(ids(await listTimeEntriesInRange(db, { from: at(0), to: at(10), clientId: client.id }))).toEqual([third.id, first.id]);
    expect(ids(await listTimeEntriesInRange(db, { from: at(1), to: at(10), projectId: project.id }))).toEqual([third.id]);
    expect(ids(await listTimeEntriesInRange(db, { from: at(0), to: at(10), projectId: otherProject.id, clientId: client.id }))).toEqual([]);
    expect(ids(await listRecentTimeEntries(db, 2))).toEqual([third.id, second.id]);
  });
});

describe('listTimeEntries', () => {
  it('narrows the range by client, project, tag, billable and invoiced', async () => {
    const db = freshDb();
    const { client, other, project, otherProject } = await setUp(db);
    const at = (hours: number) => MONDAY_9_BERLIN + hours * HOUR_MS;
    const design = expectOk(await createTimeEntry(db, timeEntryInput(project.id, { start: at(0), end: at(1), tags: ['design'] })));
    const internal = expectOk(await createTimeEntry(db, timeEntryInput(project.id, { start: at(1), end: at(2), billable: false, tags: ['admin'] })));
    const elsewhere = expectOk(await createTimeEntry(db, timeEntryInput(otherProject.id, { start: at(2), end: at(3), tags: ['design'] })));
    const billed = expectOk(await createTimeEntry(db, timeEntryInput(project.id, { start: at(3), end: at(4) })));
    const invoice = expectOk(await createInvoice(db, invoiceInput(client.id)));
    expectOk(await updateTimeEntry(db, billed.id, { invoiceId: invoice.id }));
    const ids = (entries: { id: string }[]) => entries.map((entry) => entry.id);
    const week = { from: at(-24), to: at(24) };

    expect(ids(await listTimeEntries(db, week))).toEqual([billed.id, elsewhere.id, internal.id, design.id]);
    expect(ids(await listTimeEntries(db, { ...week, tag: 'design' }))).toEqual([elsewhere.id, design.id]);
    expect(ids(await listTimeEntries(db, { ...week, clientId: client.id, tag: 'design' }))).toEqual([design.id]);
    expect(ids(await listTimeEntries(db, { ...week, clientId: other.id }))).toEqual([elsewhere.id]);
    expect(ids(await listTimeEntries(db, { ...week, projectId: project.id, billable: false }))).toEqual([internal.id]);
    expect(ids(await listTimeEntries(db, { ...week, invoiced: true }))).toEqual([billed.id]);
    expect(ids(await listTimeEntries(db, { ...week, invoiced: false, billable: true }))).toEqual([elsewhere.id, design.id]);
    expect(await listTimeEntries(db, { from: at(10), to: at(5) })).toEqual([]);
  });
});

describe('listRecentProjects', () => {
  it('lists the projects of the latest entries once each, active before the rest, without deleted ones', async () => {
    const db = freshDb();
    const { client, project, otherProject } = await setUp(db);
    const paused = expectOk(await createProject(db, projectInput(client.id, { name: 'Paused work' })));
    const removed = expectOk(await createProject(db, projectInput(client.id, { name: 'Removed' })));
    const unused = expectOk(await createProject(db, projectInput(client.id, { name: 'Never tracked' })));
    const at = (hours: number) => MONDAY_9_BERLIN + hours * HOUR_MS;
    for (const [projectId, hour] of [[project.id, 0], [otherProject.id, 1], [paused.id, 2], [project.id, 3], [removed.id, 4]] as const) {
      expectOk(await createTimeEntry(db, timeEntryInput(projectId, { start: at(hour), end: at(hour) + HOUR_MS / 2 })));
    }
    expectOk(await updateProject(db, paused.id, { status: 'paused' }));
    await deleteProject(db, removed.id);

    const names = (projects: { name: string }[]) => projects.map((p) => p.name);
    expect(names(await listRecentProjects(db, 10))).toEqual(['Dashboard rebuild', 'Portfolio site', 'Paused work']);
    expect(names(await listRecentProjects(db, 1))).toEqual(['Dashboard rebuild']);
    expect(await listRecentProjects(db, 0)).toEqual([]);
    expect(names(await listRecentProjects(db, 10))).not.toContain(unused.name);
  });
});

describe('splitTimeEntry', () => {
  it('cuts an entry in two at a time, the first part keeping its id, the rollups unchanged', async () => {
    const db = freshDb();
    const { project } = await setUp(db);
    const entry = expectOk(await createTimeEntry(db, timeEntryInput(project.id, { tags: ['charts'], description: 'Legend' })));
    const rollupsBefore = await listRollupsForMonths(db, { fromMonth: '2026-03', toMonth: '2026-03' });
    const cut = MONDAY_9_BERLIN + 45 * 60_000;
    const { first, second } = expectOk(await splitTimeEntry(db, entry.id, cut));
    expect(first).toMatchObject({ id: entry.id, start: MONDAY_9_BERLIN, end: cut, description: 'Legend', createdAt: entry.createdAt });
    expect(second).toMatchObject({ projectId: project.id, start: cut, end: entry.end, description: 'Legend', tags: ['charts'], billable: true, source: 'manual' });
    expect(second.id).not.toBe(entry.id);
    expect((await listRollupsForMonths(db, { fromMonth: '2026-03', toMonth: '2026-03' })).map((r) => r.trackedMs)).toEqual(rollupsBefore.map((r) => r.trackedMs));
  });

  it('splits a running timer: the first part stops, the second keeps running', async () => {
    const db = freshDb();
    const { project } = await setUp(db);
    const running = expectOk(await createTimeEntry(db, timeEntryInput(project.id, { end: null })));
    const { first, second } = expectOk(await splitTimeEntry(db, running.id, MONDAY_9_BERLIN + HOUR_MS));
    expect(first).not.toHaveProperty('running');
    expect(first.end).toBe(MONDAY_9_BERLIN + HOUR_MS);
    expect(second).toMatchObject({ start: MONDAY_9_BERLIN + HOUR_MS, end: null, running: 1 });
    expect(await getRunningTimeEntry(db)).toEqual(second);
  });

  it('refuses a cut outside the entry, an invoiced entry and an unknown one, writing nothing', async () => {
    const db = freshDb();
    const { client, project } = await setUp(db);
    const entry = expectOk(await createTimeEntry(db, timeEntryInput(project.id)));
    const billed = expectOk(await createTimeEntry(db, timeEntryInput(project.id, { start: MONDAY_9_BERLIN + 3 * HOUR_MS, end: MONDAY_9_BERLIN + 4 * HOUR_MS })));
    const invoice = expectOk(await createInvoice(db, invoiceInput(client.id)));
    expectOk(await updateTimeEntry(db, billed.id, { invoiceId: invoice.id }));
    expectOk(await updateInvoice(db, invoice.id, { status: 'issued', number: '2026-0003', issueDate: '2026-03-31' }));
    await expectNothingWritten(db.timeEntries, async () => {
      expect(expectErrors(await splitTimeEntry(db, entry.id, MONDAY_9_BERLIN))).toEqual({ at: 'Choose a time after the start and before the end' });
      expect(expectErrors(await splitTimeEntry(db, entry.id, MONDAY_9_BERLIN + 3 * HOUR_MS))).toEqual({ at: 'Choose a time after the start and before the end' });
      expect(expectErrors(await splitTimeEntry(db, billed.id, MONDAY_9_BERLIN + 3.5 * HOUR_MS))).toEqual({ invoiceId: 'This entry is on invoice 2026-0003 and cannot change' });
      expect(expectErrors(await splitTimeEntry(db, 'missing', MONDAY_9_BERLIN))).toEqual({ id: 'No such time entry' });
    });
  });
});

describe('duplicateTimeEntry', () => {
  it('places a manual copy right after the original, same length and details, on no invoice', async () => {
    const db = freshDb();
    const { client, project } = await setUp(db);
    const original = expectOk(await createTimeEntry(db, timeEntryInput(project.id, { tags: ['charts'], importKey: 'toggl:9', importId: 'import-1', source: 'import' })));
    const invoice = expectOk(await createInvoice(db, invoiceInput(client.id)));
    expectOk(await updateTimeEntry(db, original.id, { invoiceId: invoice.id }));
    const now = MONDAY_9_BERLIN + 6 * HOUR_MS;
    const copy = expectOk(await duplicateTimeEntry(db, original.id, now));
    expect(copy).toMatchObject({ start: MONDAY_9_BERLIN + 2 * HOUR_MS, end: MONDAY_9_BERLIN + 4 * HOUR_MS, description: 'Chart legend', tags: ['charts'], source: 'manual', createdAt: now });
    expect(copy).not.toHaveProperty('invoiceId');
    expect(copy).not.toHaveProperty('importKey');
    expect(copy).not.toHaveProperty('importId');
    expect((await listRollupsForMonths(db, { fromMonth: '2026-03', toMonth: '2026-03' }))[0]?.trackedMs).toBe(4 * HOUR_MS);
  });

  it('refuses a running timer and an unknown entry', async () => {
    const db = freshDb();
    const { project } = await setUp(db);
    const running = expectOk(await createTimeEntry(db, timeEntryInput(project.id, { end: null })));
    expect(expectErrors(await duplicateTimeEntry(db, running.id, MONDAY_9_BERLIN))).toEqual({ end: 'Stop the timer before duplicating this entry' });
    expect(expectErrors(await duplicateTimeEntry(db, 'missing', MONDAY_9_BERLIN))).toEqual({ id: 'No such time entry' });
  });
});
