import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAttachment, getAttachment } from '../../../../src/db/repositories/attachments';
import { createClient } from '../../../../src/db/repositories/clients';
import { createProject } from '../../../../src/db/repositories/projects';
import {
  createCredential,
  deleteCredential,
  getCredential,
  importCredential,
  listCredentials,
  listSkillUsageWithCredentials,
  restoreCredential,
  updateCredential,
} from '../../../../src/db/repositories/credentials';
import type { ReputeDb } from '../../../../src/db/db';
import { attachmentInput, clientInput, credentialInput, expectErrors, expectNothingWritten, expectOk, freshDb, projectInput } from '../test-db';

const BADGE_TEXT = '{"@context": ["https://www.w3.org/ns/credentials/v2"]}';

function badgeFile(overrides: Partial<{ name: string; mime: string; blob: Blob }> = {}) {
  return { name: 'accessible-interfaces.json', mime: 'application/json', blob: new Blob([BADGE_TEXT], { type: 'application/json' }), ...overrides };
}

async function expectNoCredentialOrAttachmentWritten(db: ReputeDb, write: () => Promise<unknown>): Promise<void> {
  await expectNothingWritten(db.attachments, () => expectNothingWritten(db.credentials, write));
}

afterEach(() => {
  vi.restoreAllMocks();
});

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

  it('imports a credential with its original file as an attachment it owns, both in one write', async () => {
    const db = freshDb();
    const { credential, attachment } = expectOk(await importCredential(db, credentialInput({ description: 'Audits interfaces against WCAG 2.2 AA.' }), badgeFile()));
    expect(await getCredential(db, credential.id)).toEqual({ ...credential, attachmentId: attachment.id });
    expect(credential.attachmentId).toBe(attachment.id);
    const stored = await getAttachment(db, attachment.id);
    expect(stored).toMatchObject({ ownerId: credential.id, name: 'accessible-interfaces.json', mime: 'application/json' });
    expect(await stored?.blob.text()).toBe(BADGE_TEXT);
  });

  it('writes neither the credential nor its file when either is refused', async () => {
    const db = freshDb();
    await expectNoCredentialOrAttachmentWritten(db, async () => {
      expect(expectErrors(await importCredential(db, credentialInput({ name: ' ' }), badgeFile()))).toEqual({ name: 'Name is required' });
    });
    await expectNoCredentialOrAttachmentWritten(db, async () => {
      expect(expectErrors(await importCredential(db, credentialInput(), badgeFile({ mime: 'not a type' })))).toEqual({ 'file.mime': 'Unknown file type' });
    });
  });

  it('leaves no credential behind when storing its file fails part way', async () => {
    const db = freshDb();
    const taken = expectOk(await createAttachment(db, attachmentInput('someone-else')));
    // The new records get the id already taken, so adding the attachment fails after the credential was added.
    vi.spyOn(crypto, 'randomUUID').mockReturnValue(taken.id as ReturnType<typeof crypto.randomUUID>);
    await expectNoCredentialOrAttachmentWritten(db, async () => {
      await expect(importCredential(db, credentialInput(), badgeFile())).rejects.toThrow();
    });
  });

  it('deletes and restores an imported credential together with its original file', async () => {
    const db = freshDb();
    const { credential, attachment } = expectOk(await importCredential(db, credentialInput(), badgeFile()));
    await deleteCredential(db, credential.id);
    expect((await getCredential(db, credential.id))?.deletedAt).toEqual(expect.any(Number));
    expect((await getAttachment(db, attachment.id))?.deletedAt).toEqual(expect.any(Number));
    await restoreCredential(db, credential.id);
    expect((await getCredential(db, credential.id))?.deletedAt).toBeUndefined();
    expect((await getAttachment(db, attachment.id))?.deletedAt).toBeUndefined();
  });

  it('keeps the original file when the credential is edited', async () => {
    const db = freshDb();
    const { credential, attachment } = expectOk(await importCredential(db, credentialInput(), badgeFile()));
    const edited = expectOk(await updateCredential(db, credential.id, { name: 'Professional Scrum Master II', description: undefined }));
    expect(edited.attachmentId).toBe(attachment.id);
  });

  it('suggests skills from live projects and credentials alike, the most used first', async () => {
    const db = freshDb();
    const client = expectOk(await createClient(db, clientInput()));
    expectOk(await createProject(db, projectInput(client.id, { skills: ['React', 'Accessibility'] })));
    expectOk(await createCredential(db, credentialInput({ skills: ['Accessibility', 'Scrum'] })));
    const gone = expectOk(await createCredential(db, credentialInput({ skills: ['Cobol'] })));
    await deleteCredential(db, gone.id);
    expect(await listSkillUsageWithCredentials(db)).toEqual(
      expect.arrayContaining([
        { skill: 'Accessibility', projectCount: 2 },
        { skill: 'React', projectCount: 1 },
        { skill: 'Scrum', projectCount: 1 },
      ]),
    );
    expect((await listSkillUsageWithCredentials(db)).map((usage) => usage.skill)).not.toContain('Cobol');
  });
});
