import { describe, expect, it } from 'vitest';
import {
  createAttachment,
  deleteAttachment,
  getAttachment,
  listAttachments,
  restoreAttachment,
  updateAttachment,
} from '../../../../src/db/repositories/attachments';
import { attachmentInput, expectErrors, expectNothingWritten, expectOk, freshDb } from '../test-db';

describe('attachments', () => {
  it('stores the blob and reads it back', async () => {
    const db = freshDb();
    const attachment = expectOk(await createAttachment(db, attachmentInput('project-1')));
    const stored = await getAttachment(db, attachment.id);
    expect(stored?.blob).toBeInstanceOf(Blob);
    expect([...new Uint8Array((await stored?.blob.arrayBuffer()) ?? new ArrayBuffer(0))]).toEqual([137, 80, 78, 71]);
  });

  it('reports invalid fields on create and update without writing', async () => {
    const db = freshDb();
    const attachment = expectOk(await createAttachment(db, attachmentInput('project-1')));
    await expectNothingWritten(db.attachments, async () => {
      expect(expectErrors(await createAttachment(db, attachmentInput('project-1', { name: ' ', mime: 'png' })))).toEqual({
        name: 'Too small: expected string to have >=1 characters',
        mime: 'Unknown file type',
      });
      expect(expectErrors(await updateAttachment(db, attachment.id, { ownerId: '', mime: 'image' }))).toEqual({
        ownerId: 'Too small: expected string to have >=1 characters',
        mime: 'Unknown file type',
      });
    });
    expect(expectOk(await updateAttachment(db, attachment.id, { name: 'logo-dark.png' })).name).toBe('logo-dark.png');
    expect(await updateAttachment(db, 'missing', { name: 'x' })).toEqual({ ok: false, errors: { id: 'No such attachment' } });
  });

  it('lists the live attachments of one owner, oldest first, and soft-deletes and restores', async () => {
    const db = freshDb();
    const first = expectOk(await createAttachment(db, attachmentInput('project-1', { name: 'a.png' })));
    const second = expectOk(await createAttachment(db, attachmentInput('project-1', { name: 'b.png' })));
    expectOk(await createAttachment(db, attachmentInput('client-1')));
    const names = async () => (await listAttachments(db, 'project-1')).map((a) => a.name).sort();
    expect(await names()).toEqual(['a.png', 'b.png']);
    await deleteAttachment(db, first.id);
    expect((await getAttachment(db, first.id))?.deletedAt).toEqual(expect.any(Number));
    expect((await listAttachments(db, 'project-1')).map((a) => a.id)).toEqual([second.id]);
    await restoreAttachment(db, first.id);
    expect(await names()).toEqual(['a.png', 'b.png']);
  });
});
