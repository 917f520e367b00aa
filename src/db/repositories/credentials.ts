import { attachmentInputSchema, credentialInputSchema, type Attachment, type AttachmentInput, type Credential, type CredentialInput } from '../../domain/model';
import { countSkillUsage, type SkillUsage } from '../../domain/projects/skill-suggestions';
import type { ReputeDb } from '../db';
import { createPlainRecord, isLive, mergeErrors, newRecordMeta, parseInput, setDeletedAt, updatePlainRecord } from './record-commands';
import { failed, succeeded, type WriteResult } from './write-result';

export function createCredential(db: ReputeDb, input: CredentialInput): Promise<WriteResult<Credential>> {
  return createPlainRecord(db.credentials, credentialInputSchema, input);
}

export function updateCredential(db: ReputeDb, id: string, patch: Partial<CredentialInput>): Promise<WriteResult<Credential>> {
  return updatePlainRecord(db.credentials, credentialInputSchema, 'credential', id, patch);
}

/** The original file a credential was read from: its name, media type and bytes. */
export type CredentialFile = Omit<AttachmentInput, 'ownerId'>;

export interface ImportedCredential {
  credential: Credential;
  attachment: Attachment;
}

/**
 * Stores a credential read from a file (an Open Badge) together with the file itself, as an attachment the
 * credential owns, in one transaction: both are written or neither is. Problems with the file are keyed `file.*`.
 */
export async function importCredential(db: ReputeDb, input: CredentialInput, file: CredentialFile): Promise<WriteResult<ImportedCredential>> {
  const now = Date.now();
  const credentialMeta = newRecordMeta(now);
  const attachmentMeta = newRecordMeta(now);
  const credentialInput = parseInput(credentialInputSchema, { ...input, attachmentId: attachmentMeta.id });
  const attachmentInput = parseInput(attachmentInputSchema, { ...file, ownerId: credentialMeta.id });
  if (!credentialInput.ok || !attachmentInput.ok) {
    const fileErrors = attachmentInput.ok ? {} : Object.fromEntries(Object.entries(attachmentInput.errors).map(([path, message]) => [`file.${path}`, message]));
    return failed(mergeErrors(credentialInput.ok ? {} : credentialInput.errors, fileErrors));
  }
  const credential: Credential = { ...credentialMeta, ...credentialInput.value };
  const attachment: Attachment = { ...attachmentMeta, ...attachmentInput.value };
  await db.transaction('rw', [db.credentials, db.attachments], async () => {
    await db.credentials.add(credential);
    await db.attachments.add(attachment);
  });
  return succeeded({ credential, attachment });
}

/** Sets or clears deletedAt on the credential and on the original file it owns, together. */
function setCredentialDeletedAt(db: ReputeDb, id: string, deletedAt: number | undefined): Promise<void> {
  return db.transaction('rw', [db.credentials, db.attachments], async () => {
    const changed = await setDeletedAt(db.credentials, id, deletedAt);
    const attachmentId = changed?.before.attachmentId;
    if (attachmentId !== undefined) await setDeletedAt(db.attachments, attachmentId, deletedAt);
  });
}

/** Soft delete: the credential (and its original file) stay stored with deletedAt set, so they can be restored. */
export function deleteCredential(db: ReputeDb, id: string): Promise<void> {
  return setCredentialDeletedAt(db, id, Date.now());
}

export function restoreCredential(db: ReputeDb, id: string): Promise<void> {
  return setCredentialDeletedAt(db, id, undefined);
}

/** Returns soft-deleted credentials too (check deletedAt), so undo screens can show what they restore. */
export function getCredential(db: ReputeDb, id: string): Promise<Credential | undefined> {
  return db.credentials.get(id);
}

/** Live credentials, most recently earned first. */
export async function listCredentials(db: ReputeDb): Promise<Credential[]> {
  const credentials = await db.credentials.orderBy('date').reverse().filter(isLive).toArray();
  return credentials;
}

/** Every skill on live projects and credentials, with how many name it: what a credential's skills are picked from. */
export async function listSkillUsageWithCredentials(db: ReputeDb): Promise<SkillUsage[]> {
  const [projectSkills, credentials] = await Promise.all([db.projects.orderBy('skills').filter(isLive).keys(), listCredentials(db)]);
  return countSkillUsage([...projectSkills.map(String), ...credentials.flatMap((credential) => credential.skills)]);
}
