import { describe, expect, it } from 'vitest';
import type { ReputeDb } from '../../../../src/db/db';
import { createClient } from '../../../../src/db/repositories/clients';
import { createFeedback, deleteFeedback, feedbackInputErrors, getFeedback, listFeedback, restoreFeedback, updateFeedback } from '../../../../src/db/repositories/feedback';
import { createProject } from '../../../../src/db/repositories/projects';
import { clientInput, expectErrors, expectNothingWritten, expectOk, feedbackInput, freshDb, projectInput } from '../test-db';

async function twoProjects(db: ReputeDb) {
  const client = expectOk(await createClient(db, clientInput()));
  const other = expectOk(await createClient(db, clientInput({ name: 'Kestrel Trail Outfitters' })));
  const project = expectOk(await createProject(db, projectInput(client.id)));
  const otherProject = expectOk(await createProject(db, projectInput(other.id, { name: 'Store locator' })));
  return { client, other, project, otherProject };
}

describe('createFeedback', () => {
  it('takes the client from the project', async () => {
    const db = freshDb();
    const { client, project } = await twoProjects(db);
    const feedback = expectOk(await createFeedback(db, feedbackInput(project.id, { clientId: 'ignored' })));
    expect(feedback.clientId).toBe(client.id);
    expect(await getFeedback(db, feedback.id)).toEqual(feedback);
  });

  it('reports invalid fields and an unknown project, writing nothing', async () => {
    const db = freshDb();
    const { project } = await twoProjects(db);
    await expectNothingWritten(db.feedback, async () => {
      expect(expectErrors(await createFeedback(db, feedbackInput(project.id, { ratingTenths: 55, subScores: { quality: 5 } })))).toEqual({
        ratingTenths: 'At most 5.0',
        'subScores.quality': 'At least 1.0',
      });
      expect(expectErrors(await createFeedback(db, feedbackInput('nope')))).toEqual({ projectId: 'No such project' });
    });
  });
});

describe('updateFeedback', () => {
  it('moves with its project and validates the merge', async () => {
    const db = freshDb();
    const { project, otherProject, other } = await twoProjects(db);
    const feedback = expectOk(await createFeedback(db, feedbackInput(project.id)));
    await expectNothingWritten(db.feedback, async () => {
      expect(expectErrors(await updateFeedback(db, feedback.id, { date: 'yesterday', ratingTenths: 4.5 }))).toEqual({
        date: 'Use a date like 2026-03-31',
        ratingTenths: 'Use tenths of a star',
      });
    });
    const moved = expectOk(await updateFeedback(db, feedback.id, { projectId: otherProject.id }));
    expect(moved.clientId).toBe(other.id);
    expect(await updateFeedback(db, 'missing', { comment: '' })).toEqual({ ok: false, errors: { id: 'No such feedback' } });
  });
});

describe('feedbackInputErrors', () => {
  it('answers what a create or update would, without writing', async () => {
    const db = freshDb();
    const { project } = await twoProjects(db);
    const stored = expectOk(await createFeedback(db, feedbackInput(project.id)));
    await expectNothingWritten(db.feedback, async () => {
      expect(await feedbackInputErrors(db, feedbackInput('nope', { ratingTenths: 60, comment: 'x'.repeat(10_001) }))).toEqual({
        ratingTenths: 'At most 5.0',
        comment: 'At most 10000 characters',
        projectId: 'No such project',
      });
      expect(await feedbackInputErrors(db, { privateNote: 'p'.repeat(4001) }, stored.id)).toEqual({ privateNote: 'At most 4000 characters' });
      expect(await feedbackInputErrors(db, feedbackInput(project.id))).toEqual({});
    });
  });
});

describe('deleteFeedback and restoreFeedback', () => {
  it('soft-deletes and restores', async () => {
    const db = freshDb();
    const { project } = await twoProjects(db);
    const feedback = expectOk(await createFeedback(db, feedbackInput(project.id)));
    await deleteFeedback(db, feedback.id);
    expect((await getFeedback(db, feedback.id))?.deletedAt).toEqual(expect.any(Number));
    expect(await listFeedback(db)).toEqual([]);
    await restoreFeedback(db, feedback.id);
    expect(await listFeedback(db)).toHaveLength(1);
  });
});

describe('listFeedback', () => {
  it('filters by client and project, newest first', async () => {
    const db = freshDb();
    const { client, project, otherProject } = await twoProjects(db);
    const early = expectOk(await createFeedback(db, feedbackInput(project.id, { date: '2026-01-10' })));
    const late = expectOk(await createFeedback(db, feedbackInput(project.id, { date: '2026-03-10' })));
    const other = expectOk(await createFeedback(db, feedbackInput(otherProject.id, { date: '2026-02-10' })));
    const ids = (items: { id: string }[]) => items.map((item) => item.id);
    expect(ids(await listFeedback(db))).toEqual([late.id, other.id, early.id]);
    expect(ids(await listFeedback(db, { clientId: client.id }))).toEqual([late.id, early.id]);
    expect(ids(await listFeedback(db, { projectId: otherProject.id }))).toEqual([other.id]);
    expect(ids(await listFeedback(db, { projectId: otherProject.id, clientId: client.id }))).toEqual([]);
  });
});
