import { attachmentInputSchema, type Attachment, type AttachmentInput } from '../../domain/model';
import type { ReputeDb } from '../db';
import { createPlainRecord, isLive, setDeletedAt, updatePlainRecord } from './record-commands';
import type { WriteResult } from './write-result';

export function createAttachment(db: ReputeDb, input: AttachmentInput): Promise<WriteResult<Attachment>> {
  return createPlainRecord(db.attachments, attachmentInputSchema, input);
}

export function updateAttachment(db: ReputeDb, id: string, patch: Partial<AttachmentInput>): Promise<WriteResult<Attachment>> {
  return updatePlainRecord(db.attachments, attachmentInputSchema, 'attachment', id, patch);
}

/** Soft delete: the attachment (and its blob) stays stored with deletedAt set, so it can be restored. */
export async function deleteAttachment(db: ReputeDb, id: string): Promise<void> {
  await db.transaction('rw', db.attachments, () => setDeletedAt(db.attachments, id, Date.now()));
}

export async function restoreAttachment(db: ReputeDb, id: string): Promise<void> {
  await db.transaction('rw', db.attachments, () => setDeletedAt(db.attachments, id, undefined));
}

/** Returns soft-deleted attachments too (check deletedAt), so undo screens can show what they restore. */
export function getAttachment(db: ReputeDb, id: string): Promise<Attachment | undefined> {
  return db.attachments.get(id);
}

/** Live attachments of one owner (a client logo, a project's portfolio images), oldest first. */
export async function listAttachments(db: ReputeDb, ownerId: string): Promise<Attachment[]> {
  const attachments = await db.attachments.where('ownerId').equals(ownerId).filter(isLive).toArray();
  return attachments.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
}
