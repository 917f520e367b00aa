import { describe, expect, it } from 'vitest';
import type { ReputeDb } from '../../../../src/db/db';
import { createClient } from '../../../../src/db/repositories/clients';
import { createInvoice, updateInvoice } from '../../../../src/db/repositories/invoices';
import { createProject, deleteProject } from '../../../../src/db/repositories/projects';
import {
  createTimeEntry,
  deleteTimeEntry,
  getRunningTimeEntry,
  getTimeEntry,
  listRecentTimeEntries,
  listTimeEntriesInRange,
  restoreTimeEntry,
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
