import { describe, expect, it } from 'vitest';
import { DEMO_SOURCE } from '../../../../src/demo/demo-source';
import type { ReputeDb } from '../../../../src/db/db';
import { createClient } from '../../../../src/db/repositories/clients';
import { loadDemoData } from '../../../../src/db/repositories/demo-data';
import { createFeedback } from '../../../../src/db/repositories/feedback';
import { commitImport, fileHashOf, listImports, previewImport, undoImport } from '../../../../src/db/repositories/imports';
import { createProject } from '../../../../src/db/repositories/projects';
import { expectParsed, ownFixture, parseBytes } from '../../domain/importers/import-fixtures';
import { clientInput, expectOk, feedbackInput, freshDb, projectInput } from '../test-db';

const NOW = Date.UTC(2026, 2, 10, 12, 0);
const REVIEWS = 'feedback_reviews.csv';

function parsedReviews() {
  return expectParsed(parseBytes(ownFixture(REVIEWS), REVIEWS));
}

async function importReviews(db: ReputeDb, mapping: { clientMapping?: Record<string, string>; projectMapping?: Record<string, string> } = {}) {
  const parsed = parsedReviews();
  const fileHash = await fileHashOf(ownFixture(REVIEWS));
  return expectOk(await commitImport(db, { parsed, fileName: REVIEWS, fileHash, clientMapping: {}, projectMapping: {}, ...mapping, now: NOW }));
}

/** Every table but the import log, record for record. */
async function recordsBesideTheLog(db: ReputeDb) {
  const tables = db.tables.filter((table) => table.name !== 'imports');
  return Object.fromEntries(await Promise.all(tables.map(async (table) => [table.name, await table.toArray()] as const)));
}

describe('importing the feedback CSV', () => {
  it('adds each row as feedback of its project, with its own source, import key and import id, in one logged import', async () => {
    const db = freshDb();
    const summary = await importReviews(db);
    expect(summary.added).toEqual({ timeEntries: 0, payments: 0, feedback: 6, clients: 4, projects: 4 });
    const feedback = await db.feedback.orderBy('date').toArray();
    expect(feedback.map((item) => [item.date, item.ratingTenths, item.canQuote, item.source])).toEqual([
      ['2024-01-19', 50, true, 'upwork'],
      ['2024-02-02', 45, true, 'upwork'],
      ['2024-03-15', 47, true, 'email'],
      ['2024-04-08', 30, false, 'direct'],
      ['2024-05-21', 40, false, 'other'],
      ['2024-06-30', 50, true, 'fiverr'],
    ]);
    expect(feedback.every((item) => item.importId === summary.importId && item.importKey?.startsWith('repute-feedback:') === true)).toBe(true);
    const projects = new Map((await db.projects.toArray()).map((project) => [project.id, project]));
    const clients = new Map((await db.clients.toArray()).map((client) => [client.id, client]));
    for (const item of feedback) {
      const project = projects.get(item.projectId);
      expect(project?.clientId).toBe(item.clientId);
      expect(clients.has(item.clientId)).toBe(true);
    }
    const brandRefresh = [...projects.values()].find((project) => project.name === 'Brand refresh');
    expect(brandRefresh).toMatchObject({ status: 'completed', startDate: '2024-04-08', endDate: '2024-05-21', endReason: 'completed' });
    const [log] = await listImports(db);
    expect(log).toMatchObject({ source: 'repute-feedback', fileName: REVIEWS, counts: { timeEntries: 0, payments: 0, feedback: 6, clients: 4, projects: 4 } });
  });

  it('files feedback under the client and project of the same name Repute has, without case or accents', async () => {
    const db = freshDb();
    const client = expectOk(await createClient(db, clientInput({ name: 'cafe ole gmbh' })));
    const project = expectOk(await createProject(db, projectInput(client.id, { name: 'MENU APP' })));
    const preview = await previewImport(db, parsedReviews());
    expect(preview.clients.find((candidate) => candidate.name === 'Café Olé GmbH')?.match).toEqual({ id: client.id, name: 'cafe ole gmbh' });
    expect(preview.projects.find((candidate) => candidate.name === 'Menu app')?.match).toEqual({ id: project.id, name: 'MENU APP' });
    expect(preview.newFeedback).toBe(6);
    const summary = await importReviews(db);
    expect(summary.added).toMatchObject({ feedback: 6, clients: 3, projects: 3 });
    const onMenuApp = await db.feedback.where('projectId').equals(project.id).toArray();
    expect(onMenuApp.map((item) => [item.clientId, item.ratingTenths])).toEqual([[client.id, 47]]);
  });

  it('files feedback under the client and project the user mapped it to', async () => {
    const db = freshDb();
    const client = expectOk(await createClient(db, clientInput({ name: 'Bright Labs Ltd' })));
    const project = expectOk(await createProject(db, projectInput(client.id, { name: 'ETL rebuild' })));
    await importReviews(db, { clientMapping: { 'Bright Labs': client.id }, projectMapping: { 'Bright Labs\u0000Data pipeline': project.id } });
    const mapped = await db.feedback.where('projectId').equals(project.id).toArray();
    expect(mapped.map((item) => item.comment)).toEqual(['Rebuilt our ETL in two weeks.\nHighly recommended.']);
  });

  it('adds nothing when the same file is imported again, and the preview says every row is already there', async () => {
    const db = freshDb();
    await importReviews(db);
    const before = await recordsBesideTheLog(db);
    const preview = await previewImport(db, parsedReviews(), { fileHash: await fileHashOf(ownFixture(REVIEWS)) });
    expect(preview).toMatchObject({ newFeedback: 0, alreadyImported: 6, fileSeenBefore: { at: NOW, fileName: REVIEWS } });
    const again = await importReviews(db);
    expect(again).toEqual({ importId: '', added: { timeEntries: 0, payments: 0, feedback: 0, clients: 0, projects: 0 }, skippedExisting: 6 });
    expect(await recordsBesideTheLog(db)).toEqual(before);
    expect(await listImports(db)).toHaveLength(1);
  });
});

describe('undoing a feedback import', () => {
  it('removes exactly the feedback, clients and projects it added, over demo data and feedback entered by hand', async () => {
    const db = freshDb();
    expectOk(await loadDemoData(db, DEMO_SOURCE, { now: NOW }));
    const [demoProject] = await db.projects.toArray();
    if (demoProject === undefined) throw new Error('the demo data has no project');
    expectOk(await createFeedback(db, feedbackInput(demoProject.id, { source: 'email' })));
    const before = await recordsBesideTheLog(db);
    const summary = await importReviews(db);
    expect(await db.feedback.count()).toBe((before.feedback?.length ?? 0) + 6);
    const undone = expectOk(await undoImport(db, summary.importId));
    expect(undone.added).toEqual({ timeEntries: 0, payments: 0, feedback: 6, clients: 4, projects: 4 });
    expect(await recordsBesideTheLog(db)).toEqual(before);
    const [log] = await listImports(db);
    expect(log?.undoneAt).toBeDefined();
  });

  it('keeps a project the import created when feedback entered by hand uses it now', async () => {
    const db = freshDb();
    const summary = await importReviews(db);
    const pipeline = await db.projects.filter((project) => project.name === 'Data pipeline').first();
    if (pipeline === undefined) throw new Error('the import created no Data pipeline project');
    const mine = expectOk(await createFeedback(db, feedbackInput(pipeline.id)));
    const undone = expectOk(await undoImport(db, summary.importId));
    expect(undone.added).toEqual({ timeEntries: 0, payments: 0, feedback: 6, clients: 3, projects: 3 });
    expect((await db.feedback.toArray()).map((item) => item.id)).toEqual([mine.id]);
    expect(await db.projects.get(pipeline.id)).toBeDefined();
  });
});
