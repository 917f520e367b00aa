import { describe, expect, it } from 'vitest';
import { createClient } from '../../../../src/db/repositories/clients';
import { createFeedback } from '../../../../src/db/repositories/feedback';
import { createInvoice } from '../../../../src/db/repositories/invoices';
import { createProject, deleteProject, getProjectOverview, getProjectUsage, listBudgetUsage, listSkillUsage, projectInputErrors } from '../../../../src/db/repositories/projects';
import { createTimeEntry, deleteTimeEntry } from '../../../../src/db/repositories/time-entries';
import { clientInput, expectNothingWritten, expectOk, feedbackInput, freshDb, HOUR_MS, invoiceInput, MONDAY_9_BERLIN, projectInput, timeEntryInput } from '../test-db';

describe('projectInputErrors', () => {
  it('reports what createProject would, including a missing client, and writes nothing', async () => {
    const db = freshDb();
    await expectNothingWritten(db.projects, async () => {
      expect(await projectInputErrors(db, projectInput('nope', { billing: { kind: 'fixed', amountMinor: -1 }, budgetHours: -2 }))).toEqual({
        'billing.amountMinor': 'Must not be negative',
        budgetHours: 'Must not be negative',
        clientId: 'No such client',
      });
    });
    const client = expectOk(await createClient(db, clientInput()));
    expect(await projectInputErrors(db, projectInput(client.id))).toEqual({});
  });

  it('judges an edit against the stored project', async () => {
    const db = freshDb();
    const client = expectOk(await createClient(db, clientInput()));
    const project = expectOk(await createProject(db, projectInput(client.id, { startDate: '2026-03-02' })));
    expect(await projectInputErrors(db, { dueDate: '2026-03-01' }, project.id)).toEqual({ dueDate: 'Due date is before the start date' });
  });
});

describe('listSkillUsage', () => {
  it('counts each skill once per live project, merging spellings that differ only in case', async () => {
    const db = freshDb();
    const client = expectOk(await createClient(db, clientInput()));
    expectOk(await createProject(db, projectInput(client.id, { skills: ['React', 'TypeScript'] })));
    expectOk(await createProject(db, projectInput(client.id, { skills: ['react', 'D3.js'] })));
    expectOk(await createProject(db, projectInput(client.id, { skills: ['React'] })));
    const gone = expectOk(await createProject(db, projectInput(client.id, { skills: ['COBOL'] })));
    await deleteProject(db, gone.id);

    const usage = await listSkillUsage(db);
    expect([...usage].sort((a, b) => a.skill.localeCompare(b.skill))).toEqual([
      { skill: 'D3.js', projectCount: 1 },
      { skill: 'React', projectCount: 3 },
      { skill: 'TypeScript', projectCount: 1 },
    ]);
  });
});

describe('getProjectUsage and listBudgetUsage', () => {
  it('sums the project’s live, stopped time and the net of issued invoice lines that name it', async () => {
    const db = freshDb();
    const client = expectOk(await createClient(db, clientInput()));
    const project = expectOk(await createProject(db, projectInput(client.id, { budgetHours: 10 })));
    const other = expectOk(await createProject(db, projectInput(client.id, { name: 'Other' })));
    expectOk(await createTimeEntry(db, timeEntryInput(project.id, { start: MONDAY_9_BERLIN, end: MONDAY_9_BERLIN + 2 * HOUR_MS })));
    expectOk(await createTimeEntry(db, timeEntryInput(project.id, { start: MONDAY_9_BERLIN + 3 * HOUR_MS, end: MONDAY_9_BERLIN + 4 * HOUR_MS, billable: false })));
    expectOk(await createTimeEntry(db, timeEntryInput(project.id, { start: MONDAY_9_BERLIN + 5 * HOUR_MS, end: null })));
    const deleted = expectOk(await createTimeEntry(db, timeEntryInput(project.id, { start: MONDAY_9_BERLIN - 5 * HOUR_MS, end: MONDAY_9_BERLIN - 4 * HOUR_MS })));
    expectOk(await deleteTimeEntry(db, deleted.id));
    expectOk(await createTimeEntry(db, timeEntryInput(other.id)));
    const line = { id: 'l1', description: 'Work', quantityMilli: 1_500, unit: 'hour' as const, unitPriceMinor: 9_500, taxRateBasisPoints: 1900, projectId: project.id, timeEntryIds: [] };
    expectOk(await createInvoice(db, invoiceInput(client.id, { status: 'issued', number: 'INV-1', issueDate: '2026-03-05', lines: [line, { ...line, id: 'l2', projectId: other.id }] })));
    expectOk(await createInvoice(db, invoiceInput(client.id, { lines: [line] })));

    expect(await getProjectUsage(db, project)).toEqual({ trackedMs: 3 * HOUR_MS, billableMs: 2 * HOUR_MS, invoicedNetMinor: 14_250 });

    const usage = await listBudgetUsage(db, [project, other, { ...project, id: 'done', status: 'completed' }]);
    expect([...usage.keys()]).toEqual([project.id]);
    expect(usage.get(project.id)?.trackedMs).toBe(3 * HOUR_MS);
  });
});

describe('getProjectOverview', () => {
  it('reads the project with its client, usage and live feedback, newest first', async () => {
    const db = freshDb();
    const client = expectOk(await createClient(db, clientInput()));
    const project = expectOk(await createProject(db, projectInput(client.id)));
    const older = expectOk(await createFeedback(db, feedbackInput(project.id, { date: '2026-01-10' })));
    const newer = expectOk(await createFeedback(db, feedbackInput(project.id, { date: '2026-02-10' })));

    const overview = await getProjectOverview(db, project.id);
    expect(overview?.client?.id).toBe(client.id);
    expect(overview?.feedback.map((item) => item.id)).toEqual([newer.id, older.id]);
    expect(overview?.usage).toEqual({ trackedMs: 0, billableMs: 0, invoicedNetMinor: 0 });
    expect(overview?.proposal).toBeUndefined();
  });

  it('answers undefined for a deleted or unknown project', async () => {
    const db = freshDb();
    const client = expectOk(await createClient(db, clientInput()));
    const project = expectOk(await createProject(db, projectInput(client.id)));
    await deleteProject(db, project.id);
    expect(await getProjectOverview(db, project.id)).toBeUndefined();
    expect(await getProjectOverview(db, 'missing')).toBeUndefined();
  });
});
