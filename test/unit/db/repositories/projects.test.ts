import { describe, expect, it } from 'vitest';
import { createClient, deleteClient } from '../../../../src/db/repositories/clients';
import { createInvoice } from '../../../../src/db/repositories/invoices';
import { createFeedback, getFeedback } from '../../../../src/db/repositories/feedback';
import { createProject, deleteProject, getProject, listProjects, restoreProject, updateProject } from '../../../../src/db/repositories/projects';
import { createTimeEntry, getTimeEntry, updateTimeEntry } from '../../../../src/db/repositories/time-entries';
import type { ReputeDb } from '../../../../src/db/db';
import { clientInput, expectErrors, expectNothingWritten, expectOk, feedbackInput, freshDb, invoiceInput, projectInput, timeEntryInput } from '../test-db';

async function withClient(db: ReputeDb, name = 'Northwind Analytics') {
  return expectOk(await createClient(db, clientInput({ name })));
}

describe('createProject', () => {
  it('stores a valid project', async () => {
    const db = freshDb();
    const client = await withClient(db);
    const project = expectOk(await createProject(db, projectInput(client.id)));
    expect(await getProject(db, project.id)).toEqual(project);
  });

  it('reports invalid fields by dotted path and writes nothing', async () => {
    const db = freshDb();
    const client = await withClient(db);
    await expectNothingWritten(db.projects, async () => {
      const errors = expectErrors(
        await createProject(db, projectInput(client.id, { name: ' ', billing: { kind: 'hourly', rateMinor: -5 }, startDate: '2026-02-30' })),
      );
      expect(errors.name).toBe('Name is required');
      expect(errors['billing.rateMinor']).toBe('Must not be negative');
      expect(errors.startDate).toBe('This date does not exist');
    });
  });

  it('refuses an end date before the start and a client that does not exist or was deleted', async () => {
    const db = freshDb();
    const gone = await withClient(db, 'Gone Ltd');
    await deleteClient(db, gone.id);
    expect(expectErrors(await createProject(db, projectInput('nope', { endDate: '2026-01-01' })))).toEqual({
      endDate: 'End date is before the start date',
      clientId: 'No such client',
    });
    expect(expectErrors(await createProject(db, projectInput(gone.id)))).toEqual({ clientId: 'This client was deleted' });
    expect(await db.projects.count()).toBe(0);
  });
});

describe('updateProject', () => {
  it('validates the merged project and leaves the stored one untouched on failure', async () => {
    const db = freshDb();
    const client = await withClient(db);
    const project = expectOk(await createProject(db, projectInput(client.id)));
    await expectNothingWritten(db.projects, async () => {
      const errors = expectErrors(await updateProject(db, project.id, { dueDate: '2026-01-01', currency: 'eur', clientId: 'nope' }));
      expect(errors).toMatchObject({ dueDate: 'Due date is before the start date', currency: 'Use a three-letter ISO 4217 code, such as EUR or USD' });
    });
    expect(expectErrors(await updateProject(db, project.id, { clientId: 'nope' }))).toEqual({ clientId: 'No such client' });
    expect(await updateProject(db, 'missing', { name: 'X' })).toEqual({ ok: false, errors: { id: 'No such project' } });
  });

  it('moves its time entries and feedback to a new client in the same write', async () => {
    const db = freshDb();
    const first = await withClient(db);
    const second = await withClient(db, 'Estudio Marea');
    const project = expectOk(await createProject(db, projectInput(first.id)));
    const entry = expectOk(await createTimeEntry(db, timeEntryInput(project.id)));
    const review = expectOk(await createFeedback(db, feedbackInput(project.id)));

    const moved = expectOk(await updateProject(db, project.id, { clientId: second.id }));
    expect(moved.clientId).toBe(second.id);
    expect((await getTimeEntry(db, entry.id))?.clientId).toBe(second.id);
    expect((await getFeedback(db, review.id))?.clientId).toBe(second.id);
  });

  it('refuses to move a project whose time is invoiced', async () => {
    const db = freshDb();
    const first = await withClient(db);
    const second = await withClient(db, 'Estudio Marea');
    const project = expectOk(await createProject(db, projectInput(first.id)));
    const entry = expectOk(await createTimeEntry(db, timeEntryInput(project.id)));
    const invoice = expectOk(await createInvoice(db, invoiceInput(first.id)));
    expectOk(await updateTimeEntry(db, entry.id, { invoiceId: invoice.id }));
    await expectNothingWritten(db.timeEntries, async () => {
      expect(expectErrors(await updateProject(db, project.id, { clientId: second.id }))).toEqual({
        clientId: 'This project has invoiced time and cannot move to another client',
      });
    });
    expect((await getProject(db, project.id))?.clientId).toBe(first.id);
  });
});

describe('deleteProject and restoreProject', () => {
  it('soft-deletes and restores', async () => {
    const db = freshDb();
    const client = await withClient(db);
    const project = expectOk(await createProject(db, projectInput(client.id)));
    await deleteProject(db, project.id);
    expect((await getProject(db, project.id))?.deletedAt).toEqual(expect.any(Number));
    expect(await listProjects(db)).toEqual([]);
    await restoreProject(db, project.id);
    expect(await getProject(db, project.id)).not.toHaveProperty('deletedAt');
    expect(await listProjects(db)).toHaveLength(1);
  });
});

describe('listProjects', () => {
  it('filters by client and status and puts the newest start first', async () => {
    const db = freshDb();
    const first = await withClient(db);
    const second = await withClient(db, 'Estudio Marea');
    const older = expectOk(await createProject(db, projectInput(first.id, { name: 'Older', startDate: '2025-10-01', status: 'completed' })));
    const newer = expectOk(await createProject(db, projectInput(first.id, { name: 'Newer', startDate: '2026-02-01' })));
    const other = expectOk(await createProject(db, projectInput(second.id, { name: 'Other', startDate: '2026-01-01' })));

    expect((await listProjects(db)).map((p) => p.id)).toEqual([newer.id, other.id, older.id]);
    expect((await listProjects(db, { clientId: first.id })).map((p) => p.id)).toEqual([newer.id, older.id]);
    expect((await listProjects(db, { status: 'completed' })).map((p) => p.id)).toEqual([older.id]);
    expect((await listProjects(db, { clientId: second.id, status: 'completed' })).map((p) => p.id)).toEqual([]);
  });
});

describe('project field rules', () => {
  it('refuses a negative fixed price, amount budget or hours budget, each under its own field', async () => {
    const db = freshDb();
    const client = await withClient(db);
    await expectNothingWritten(db.projects, async () => {
      const errors = expectErrors(await createProject(db, projectInput(client.id, { billing: { kind: 'fixed', amountMinor: -100 }, budgetAmountMinor: -1, budgetHours: -0.5 })));
      expect(errors).toEqual({ 'billing.amountMinor': 'Must not be negative', budgetAmountMinor: 'Must not be negative', budgetHours: 'Must not be negative' });
    });
  });

  it('takes a zero rate and a non-billable project without any amount', async () => {
    const db = freshDb();
    const client = await withClient(db);
    expectOk(await createProject(db, projectInput(client.id, { billing: { kind: 'hourly', rateMinor: 0 } })));
    expectOk(await createProject(db, projectInput(client.id, { billing: { kind: 'nonBillable' } })));
    expect(await db.projects.count()).toBe(2);
  });

  it('refuses a portfolio link that is not a full address', async () => {
    const db = freshDb();
    const client = await withClient(db);
    const portfolio = { visible: true, summary: '', outcome: '', link: 'northwind.example/case', imageIds: [] };
    expect(expectErrors(await createProject(db, projectInput(client.id, { portfolio })))).toEqual({ 'portfolio.link': 'Enter a full link, starting with https://' });
  });

  it('refuses a blank or overlong skill by its position', async () => {
    const db = freshDb();
    const client = await withClient(db);
    const errors = expectErrors(await createProject(db, projectInput(client.id, { skills: ['React', ' ', 'x'.repeat(61)] })));
    expect(Object.keys(errors).sort()).toEqual(['skills.1', 'skills.2']);
  });
});
