import { describe, expect, it } from 'vitest';
import { archiveClient, clientInputErrors, createClient, deleteClient, getClient, listClients, restoreClient, unarchiveClient, updateClient } from '../../../../src/db/repositories/clients';
import { createProject, getProject } from '../../../../src/db/repositories/projects';
import { createTimeEntry } from '../../../../src/db/repositories/time-entries';
import { clientInput, expectErrors, expectNothingWritten, expectOk, freshDb, projectInput, timeEntryInput } from '../test-db';

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

describe('client field rules', () => {
  it('refuses a negative default rate', async () => {
    const db = freshDb();
    await expectNothingWritten(db.clients, async () => {
      expect(expectErrors(await createClient(db, clientInput({ defaultRateMinor: -1 })))).toEqual({ defaultRateMinor: 'Must not be negative' });
    });
    expect(expectOk(await createClient(db, clientInput({ defaultRateMinor: 0 }))).defaultRateMinor).toBe(0);
  });

  it('refuses a rate that is not a whole number of minor units', async () => {
    const db = freshDb();
    expect(expectErrors(await createClient(db, clientInput({ defaultRateMinor: 95.5 })))).toEqual({ defaultRateMinor: 'Amounts are whole minor units' });
  });

  it('refuses an email without a domain, and takes an empty one as none', async () => {
    const db = freshDb();
    expect(expectErrors(await createClient(db, clientInput({ email: 'jonas@' })))).toEqual({ email: 'Enter a valid email address, like name@example.com' });
    expect(expectOk(await createClient(db, clientInput({ email: '' }))).email).toBe('');
  });

  it('refuses a country code in the wrong shape and one that names no country', async () => {
    const db = freshDb();
    expect(expectErrors(await createClient(db, clientInput({ country: 'de' })))).toEqual({ country: 'Use a two-letter country code, such as DE or US' });
    expect(expectErrors(await createClient(db, clientInput({ country: 'EU' })))).toEqual({ country: 'No country has this code; use a two-letter code such as DE or US' });
    expect(expectOk(await createClient(db, clientInput({ country: 'GB' }))).country).toBe('GB');
    expect(await db.clients.count()).toBe(1);
  });

  it('reports a shape error and a rule error together, so every field shows its message at once', async () => {
    const db = freshDb();
    expect(expectErrors(await createClient(db, clientInput({ email: 'quill@', country: 'EU', currency: 'ABC' })))).toEqual({
      email: 'Enter a valid email address, like name@example.com',
      country: 'No country has this code; use a two-letter code such as DE or US',
      currency: 'No currency has this code; use one such as EUR, USD or GBP',
    });
  });

  it('refuses a currency code in the wrong shape and one that names no currency', async () => {
    const db = freshDb();
    expect(expectErrors(await createClient(db, clientInput({ currency: 'EURO' })))).toEqual({ currency: 'Use a three-letter ISO 4217 code, such as EUR or USD' });
    expect(expectErrors(await createClient(db, clientInput({ currency: 'ABC' })))).toEqual({ currency: 'No currency has this code; use one such as EUR, USD or GBP' });
    expect(expectOk(await createClient(db, clientInput({ currency: 'JPY' }))).currency).toBe('JPY');
  });

  it('refuses payment terms that are negative, longer than a year or not whole days', async () => {
    const db = freshDb();
    expect(expectErrors(await createClient(db, clientInput({ paymentTermsDays: -1 }))).paymentTermsDays).toBe('Must not be negative');
    expect(expectErrors(await createClient(db, clientInput({ paymentTermsDays: 366 }))).paymentTermsDays).toBe('At most 365 days');
    expect(expectErrors(await createClient(db, clientInput({ paymentTermsDays: 7.5 }))).paymentTermsDays).toEqual(expect.any(String));
    expect(await db.clients.count()).toBe(0);
  });

  it('refuses an alias that contains the confidential client’s name, company or email, in any case', async () => {
    const db = freshDb();
    const confidential = { confidential: true, name: 'Helix Biotech GmbH', company: 'Helix Holding AG' };
    const message = 'The alias must not contain the client’s name, company or email';
    expect(expectErrors(await createClient(db, clientInput({ ...confidential, publicAlias: 'helix biotech gmbh, a lab' })))).toEqual({ publicAlias: message });
    expect(expectErrors(await createClient(db, clientInput({ ...confidential, publicAlias: 'Part of Helix Holding AG' })))).toEqual({ publicAlias: message });
    expect(expectErrors(await createClient(db, clientInput({ ...confidential, publicAlias: 'accounts@northwind.example' })))).toEqual({ publicAlias: message });
    expect(expectOk(await createClient(db, clientInput({ ...confidential, publicAlias: 'A European biotech company' }))).publicAlias).toBe('A European biotech company');
  });

  it('keeps an alias naming the client when the client is not confidential', async () => {
    const db = freshDb();
    expectOk(await createClient(db, clientInput({ publicAlias: 'Northwind Analytics' })));
  });

  it('checks codes only when they change, so an old client stays editable', async () => {
    const db = freshDb();
    const created = expectOk(await createClient(db, clientInput()));
    await db.clients.update(created.id, { country: 'YU' });
    expect(expectOk(await updateClient(db, created.id, { notes: 'Still here' })).country).toBe('YU');
    expect(expectErrors(await updateClient(db, created.id, { country: 'CS' }))).toEqual({ country: 'No country has this code; use a two-letter code such as DE or US' });
  });

  it('reports the same messages as a write would, without writing', async () => {
    const db = freshDb();
    await expectNothingWritten(db.clients, async () => {
      expect(await clientInputErrors(db, clientInput({ email: 'x', defaultRateMinor: -100 }))).toEqual({
        email: 'Enter a valid email address, like name@example.com',
        defaultRateMinor: 'Must not be negative',
      });
      expect(await clientInputErrors(db, clientInput())).toEqual({});
    });
    const stored = expectOk(await createClient(db, clientInput()));
    expect(await clientInputErrors(db, { currency: 'XYZ' }, stored.id)).toEqual({ currency: 'No currency has this code; use one such as EUR, USD or GBP' });
  });
});

describe('archiveClient and unarchiveClient', () => {
  it('sets archivedAt once, hides the client from the everyday list, and unarchive clears it', async () => {
    const db = freshDb();
    const client = expectOk(await createClient(db, clientInput()));
    expect(expectOk(await archiveClient(db, client.id, 1_000)).archivedAt).toBe(1_000);
    expect(expectOk(await archiveClient(db, client.id, 2_000)).archivedAt).toBe(1_000);
    expect(await listClients(db)).toEqual([]);
    expect((await listClients(db, { includeArchived: true })).map((c) => c.id)).toEqual([client.id]);

    const unarchived = expectOk(await unarchiveClient(db, client.id));
    expect(unarchived).not.toHaveProperty('archivedAt');
    expect((await listClients(db)).map((c) => c.id)).toEqual([client.id]);
  });

  it('answers an unknown id with an id error', async () => {
    const db = freshDb();
    expect(await archiveClient(db, 'missing')).toEqual({ ok: false, errors: { id: 'No such client' } });
    expect(await unarchiveClient(db, 'missing')).toEqual({ ok: false, errors: { id: 'No such client' } });
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
  it('refuses a client with tracked time, naming what it has, and keeps it and its projects', async () => {
    const db = freshDb();
    const client = expectOk(await createClient(db, clientInput()));
    const project = expectOk(await createProject(db, projectInput(client.id)));
    expectOk(await createTimeEntry(db, timeEntryInput(project.id)));
    await expectNothingWritten(db.projects, async () => {
      expect(expectErrors(await deleteClient(db, client.id))).toEqual({ id: 'Northwind Analytics has tracked time, so it cannot be deleted; archive it instead' });
    });
    expect((await getClient(db, client.id))?.deletedAt).toBeUndefined();
  });

  it('takes the client’s projects with it and brings back exactly those on restore', async () => {
    const db = freshDb();
    const client = expectOk(await createClient(db, clientInput()));
    const earlier = expectOk(await createProject(db, projectInput(client.id, { name: 'Deleted on its own' })));
    const project = expectOk(await createProject(db, projectInput(client.id)));
    await db.projects.update(earlier.id, { deletedAt: 1 });

    expectOk(await deleteClient(db, client.id, 5_000));
    expect((await getClient(db, client.id))?.deletedAt).toBe(5_000);
    expect((await getProject(db, project.id))?.deletedAt).toBe(5_000);
    expect((await getProject(db, earlier.id))?.deletedAt).toBe(1);

    expectOk(await restoreClient(db, client.id));
    expect(await getClient(db, client.id)).not.toHaveProperty('deletedAt');
    expect(await getProject(db, project.id)).not.toHaveProperty('deletedAt');
    expect((await getProject(db, earlier.id))?.deletedAt).toBe(1);
  });

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
    await expectNothingWritten(db.clients, async () => {
      expect(await deleteClient(db, 'missing')).toEqual({ ok: false, errors: { id: 'No such client' } });
    });
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
