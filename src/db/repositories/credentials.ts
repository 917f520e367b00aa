import { credentialInputSchema, type Credential, type CredentialInput } from '../../domain/model';
import type { ReputeDb } from '../db';
import { createPlainRecord, isLive, setDeletedAt, updatePlainRecord } from './record-commands';
import type { WriteResult } from './write-result';

export function createCredential(db: ReputeDb, input: CredentialInput): Promise<WriteResult<Credential>> {
  return createPlainRecord(db.credentials, credentialInputSchema, input);
}

export function updateCredential(db: ReputeDb, id: string, patch: Partial<CredentialInput>): Promise<WriteResult<Credential>> {
  return updatePlainRecord(db.credentials, credentialInputSchema, 'credential', id, patch);
}

/** Soft delete: the credential stays stored with deletedAt set, so it can be restored. */
export async function deleteCredential(db: ReputeDb, id: string): Promise<void> {
  await db.transaction('rw', db.credentials, () => setDeletedAt(db.credentials, id, Date.now()));
}

export async function restoreCredential(db: ReputeDb, id: string): Promise<void> {
  await db.transaction('rw', db.credentials, () => setDeletedAt(db.credentials, id, undefined));
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
