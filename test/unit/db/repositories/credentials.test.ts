import { describe, expect, it } from 'vitest';
import {
  createCredential,
  deleteCredential,
  getCredential,
  listCredentials,
  restoreCredential,
  updateCredential,
} from '../../../../src/db/repositories/credentials';
import { credentialInput, expectErrors, expectNothingWritten, expectOk, freshDb } from '../test-db';

describe('credentials', () => {
  it('creates, and reports invalid fields without writing', async () => {
    const db = freshDb();
    const credential = expectOk(await createCredential(db, credentialInput()));
    expect(await getCredential(db, credential.id)).toEqual(credential);
    await expectNothingWritten(db.credentials, async () => {
      expect(expectErrors(await createCredential(db, credentialInput({ issuer: '', url: 'scrum.org', expires: '2020-01-01' })))).toEqual({
        issuer: 'Issuer is required',
        url: 'Enter a full link, starting with https://',
        expires: 'Expires before it was issued',
      });
    });
  });

  it('updates by merging, and refuses an invalid merge without writing', async () => {
    const db = freshDb();
    const credential = expectOk(await createCredential(db, credentialInput()));
    const updated = expectOk(await updateCredential(db, credential.id, { expires: '2027-05-02' }));
    expect(updated).toMatchObject({ name: credential.name, expires: '2027-05-02' });
    await expectNothingWritten(db.credentials, async () => {
      expect(expectErrors(await updateCredential(db, credential.id, { name: '', date: '2024-02-31' }))).toEqual({
        name: 'Name is required',
        date: 'This date does not exist',
      });
    });
    expect(await updateCredential(db, 'missing', { name: 'x' })).toEqual({ ok: false, errors: { id: 'No such credential' } });
  });

  it('soft-deletes, restores, and lists the most recent first', async () => {
    const db = freshDb();
    const older = expectOk(await createCredential(db, credentialInput({ date: '2022-01-10' })));
    const newer = expectOk(await createCredential(db, credentialInput({ name: 'AWS Certified Developer', issuer: 'Amazon Web Services', date: '2025-01-10' })));
    expect((await listCredentials(db)).map((c) => c.id)).toEqual([newer.id, older.id]);
    await deleteCredential(db, newer.id);
    expect((await getCredential(db, newer.id))?.deletedAt).toEqual(expect.any(Number));
    expect((await listCredentials(db)).map((c) => c.id)).toEqual([older.id]);
    await restoreCredential(db, newer.id);
    expect((await listCredentials(db)).map((c) => c.id)).toEqual([newer.id, older.id]);
  });
});
