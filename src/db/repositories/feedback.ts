import { feedbackInputSchema, type Feedback, type FeedbackInput } from '../../domain/model';
import type { ReputeDb } from '../db';
import { hasErrors, isLive, mergeErrors, newRecordMeta, noSuchRecord, parseInput, referenceErrors, setDeletedAt, updatedMeta } from './record-commands';
import { failed, succeeded, type FieldErrors, type WriteResult } from './write-result';

/**
 * Every message createFeedback (or updateFeedback, given the id) would answer for this input, without writing: lets a
 * form show them all at once while one of its own fields cannot be read.
 */
export async function feedbackInputErrors(db: ReputeDb, input: Partial<FeedbackInput>, id?: string): Promise<FieldErrors> {
  const stored = id === undefined ? undefined : await db.feedback.get(id);
  const projectId = input.projectId ?? stored?.projectId;
  const project = projectId === undefined ? undefined : await db.projects.get(projectId);
  const parsed = parseInput(feedbackInputSchema, { ...stored, ...input, clientId: project?.clientId ?? input.clientId ?? stored?.clientId });
  const errors = mergeErrors(parsed.ok ? {} : parsed.errors, await referenceErrors(db.projects, 'projectId', 'project', input.projectId, stored?.projectId));
  if (errors.projectId !== undefined) delete errors.clientId;
  return errors;
}

/** The client is taken from the project (the input's clientId is overwritten), as for time entries. */
export async function createFeedback(db: ReputeDb, input: FeedbackInput): Promise<WriteResult<Feedback>> {
  return db.transaction('rw', [db.feedback, db.projects], async () => {
    const project = await db.projects.get(input.projectId);
    const parsed = parseInput(feedbackInputSchema, { ...input, clientId: project?.clientId ?? input.clientId });
    const errors = mergeErrors(parsed.ok ? {} : parsed.errors, await referenceErrors(db.projects, 'projectId', 'project', input.projectId));
    if (errors.projectId !== undefined) delete errors.clientId;
    if (!parsed.ok || hasErrors(errors)) return failed<Feedback>(errors);
    const feedback: Feedback = { ...newRecordMeta(Date.now()), ...parsed.value };
    await db.feedback.add(feedback);
    return succeeded(feedback);
  });
}

export async function updateFeedback(db: ReputeDb, id: string, patch: Partial<FeedbackInput>): Promise<WriteResult<Feedback>> {
  return db.transaction('rw', [db.feedback, db.projects], async () => {
    const stored = await db.feedback.get(id);
    if (stored === undefined) return noSuchRecord<Feedback>('feedback');
    const projectId = patch.projectId ?? stored.projectId;
    const project = await db.projects.get(projectId);
    const parsed = parseInput(feedbackInputSchema, { ...stored, ...patch, clientId: project?.clientId ?? stored.clientId });
    const errors = mergeErrors(parsed.ok ? {} : parsed.errors, await referenceErrors(db.projects, 'projectId', 'project', patch.projectId, stored.projectId));
    if (!parsed.ok || hasErrors(errors)) return failed<Feedback>(errors);
    const feedback: Feedback = { ...updatedMeta(stored, Date.now()), ...parsed.value };
    await db.feedback.put(feedback);
    return succeeded(feedback);
  });
}

/** Soft delete: the feedback stays stored with deletedAt set, so it can be restored. */
export async function deleteFeedback(db: ReputeDb, id: string): Promise<void> {
  await db.transaction('rw', db.feedback, () => setDeletedAt(db.feedback, id, Date.now()));
}

export async function restoreFeedback(db: ReputeDb, id: string): Promise<void> {
  await db.transaction('rw', db.feedback, () => setDeletedAt(db.feedback, id, undefined));
}

/** Returns soft-deleted feedback too (check deletedAt), so undo screens can show what they restore. */
export function getFeedback(db: ReputeDb, id: string): Promise<Feedback | undefined> {
  return db.feedback.get(id);
}

/** Live feedback, newest date first. */
export async function listFeedback(db: ReputeDb, options: { clientId?: string; projectId?: string } = {}): Promise<Feedback[]> {
  const { clientId, projectId } = options;
  const candidates =
    projectId !== undefined ? db.feedback.where('projectId').equals(projectId) : clientId !== undefined ? db.feedback.where('clientId').equals(clientId) : db.feedback.toCollection();
  const feedback = await candidates.filter((item) => isLive(item) && (clientId === undefined || item.clientId === clientId)).toArray();
  return feedback.sort((a, b) => b.date.localeCompare(a.date) || b.createdAt - a.createdAt || a.id.localeCompare(b.id));
}
