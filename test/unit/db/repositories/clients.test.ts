import { describe, expect, it } from 'vitest';
import { createClient, deleteClient, getClient, listClients, restoreClient, updateClient } from '../../../../src/db/repositories/clients';
import { clientInput, expectErrors, expectNothingWritten, expectOk, freshDb } from '../test-db';

describe('createClient', () => {
  it('stores a valid client with an id and timestamps', async () => {
    const db = freshDb();
    const client = expectOk(await createClient(db, clientInput({ name: '  Helix Biotech GmbH ' })));
    expect(client.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(client.createdAt).toBe(client.updatedAt);
    expect(client.name).toBe('Helix Biotech GmbH');
    expect(await getClient(db, client.id)).toEqual(client);
  });

  it('reports each invalid field by its path and writes nothing', async () => {
    const db = freshDb();
    await expectNothingWritten(db.clients, async () => {
      const errors = expectErrors(await createClient(db, clientInput({ name: '', email: 'not-an-email', currency: 'euro', paymentTermsDays: -1 })));
      expect(errors.name).toBe('Name is required');
      expect(errors.email).toBe('Enter a valid email address, like name@example.com');
      expect(errors.currency).toBe('Use a three-letter ISO 4217 code, such as EUR or USD');
      expect(errors.paymentTermsDays).toBe('Must not be negative');
    });
  });

  it('requires a public alias for a confidential client', async () => {
    const db = freshDb();
    const errors = expectErrors(await createClient(db, clientInput({ confidential: true })));
    expect(errors).toEqual({ publicAlias: 'A confidential client needs a public alias' });
    expect(await db.clients.count()).toBe(0);
  });
});

describe('updateClient', () => {
  it('merges the patch, keeps createdAt and moves updatedAt forward', async () => {
    const db = freshDb();
    const created = expectOk(await createClient(db, clientInput({ notes: 'old' })));
    const updated = expectOk(await updateClient(db, created.id, { notes: 'Prefers calls on Thursdays', defaultRateMinor: 9000 }));
    expect(updated).toMatchObject({ id: created.id, createdAt: created.createdAt, name: created.name, notes: 'Prefers calls on Thursdays', defaultRateMinor: 9000 });
    expect(updated.updatedAt).toBeGreaterThanOrEqual(created.updatedAt);
    expect(await getClient(db, created.id)).toEqual(updated);
  });

  it('clears an optional field patched with undefined', async () => {
    const db = freshDb();
    const created = expectOk(await createClient(db, clientInput({ archivedAt: 1_700_000_000_000 })));
    const updated = expectOk(await updateClient(db, created.id, { archivedAt: undefined }));
    expect('archivedAt' in updated).toBe(false);
    expect(await getClient(db, created.id)).not.toHaveProperty('archivedAt');
  });

  it('refuses an invalid merge field by field and leaves the stored client as it was', async () => {
    const db = freshDb();
    const created = expectOk(await createClient(db, clientInput()));
    await expectNothingWritten(db.clients, async () => {
      const errors = expectErrors(await updateClient(db, created.id, { country: 'Germany', paymentTermsDays: 400, confidential: true }));
      expect(errors.country).toBe('Use a two-letter country code, such as DE or US');
      expect(errors.paymentTermsDays).toBe('At most 365 days');
      expect(errors.publicAlias).toBe('A confidential client needs a public alias');
    });
  });

  it('answers an unknown id with an id error', async () => {
    const db = freshDb();
    expect(await updateClient(db, 'missing', { name: 'X' })).toEqual({ ok: false, errors: { id: 'No such client' } });
  });
});

describe('deleteClient and restoreClient', () => {
  it('hides a deleted client from lists but keeps it readable, and restore brings it back', async () => {
    const db = freshDb();
    const client = expectOk(await createClient(db, clientInput()));
    await deleteClient(db, client.id);
    const deleted = await getClient(db, client.id);
    expect(deleted?.deletedAt).toEqual(expect.any(Number));
    expect(await listClients(db)).toEqual([]);

    await restoreClient(db, client.id);
    const restored = await getClient(db, client.id);
    expect(restored).not.toHaveProperty('deletedAt');
    expect((await listClients(db)).map((c) => c.id)).toEqual([client.id]);
  });

  it('does nothing for an unknown id', async () => {
    const db = freshDb();
    await expectNothingWritten(db.clients, () => deleteClient(db, 'missing'));
  });
});

describe('listClients', () => {
  it('sorts by name, hides archived unless asked, and searches name, company, email, alias and tags', async () => {
    const db = freshDb();
    const zed = expectOk(await createClient(db, clientInput({ name: 'Zephyr Labs', tags: ['biotech'] })));
    const acme = expectOk(await createClient(db, clientInput({ name: 'acme', company: 'Acme Holdings' })));
    const helix = expectOk(await createClient(db, clientInput({ name: 'Helix Biotech GmbH', confidential: true, publicAlias: 'A European biotech company' })));
    const old = expectOk(await createClient(db, clientInput({ name: 'Bramble & Finch', archivedAt: 1 })));

    expect((await listClients(db)).map((c) => c.name)).toEqual(['acme', 'Helix Biotech GmbH', 'Zephyr Labs']);
    expect((await listClients(db, { includeArchived: true })).map((c) => c.id)).toEqual([acme.id, old.id, helix.id, zed.id]);
    expect((await listClients(db, { search: 'BIOTECH' })).map((c) => c.id)).toEqual([helix.id, zed.id]);
    expect((await listClients(db, { search: 'holdings' })).map((c) => c.id)).toEqual([acme.id]);
    expect((await listClients(db, { search: 'finch' })).map((c) => c.id)).toEqual([]);
    expect((await listClients(db, { search: 'finch', includeArchived: true })).map((c) => c.id)).toEqual([old.id]);
  });
});
