import { DEMO_SOURCE } from '../../../../src/demo/demo-source';
import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT_VERSION, exportBackup, inspectBackup, restoreBackup } from '../../../../src/db/backup';
import type { ReputeDb } from '../../../../src/db/db';
import { CURRENT_SCHEMA_VERSION } from '../../../../src/db/schema';
import { eraseAllData, loadDemoData } from '../../../../src/db/repositories/demo-data';
import { attachmentInput, clientInput, expectErrors, expectOk, freshDb } from '../test-db';
import { installBrowserGlobals } from './browser-globals';

installBrowserGlobals();

const NOW = Date.UTC(2026, 2, 10, 12, 0);

async function tableContents(db: ReputeDb): Promise<Record<string, unknown[]>> {
  const entries = await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()] as const));
  return Object.fromEntries(entries);
}

async function blobBytes(blob: Blob): Promise<number[]> {
  return [...new Uint8Array(await blob.arrayBuffer())];
}

describe('backup and restore', () => {
  it('brings the demo data back exactly after an erase', async () => {
    const db = freshDb();
    expectOk(await loadDemoData(db, DEMO_SOURCE, { now: NOW }));
    await db.attachments.add({ id: 'logo', createdAt: NOW, updatedAt: NOW, ...attachmentInput('owner-1') });
    const before = await tableContents(db);
    const backup = await exportBackup(db, { now: NOW });
    await eraseAllData(db);
    expect(await db.timeEntries.count()).toBe(0);

    const safety: Blob[] = [];
    const restored = expectOk(await restoreBackup(db, backup, { beforeReplace: async (blob) => void safety.push(blob) }));
    const after = await tableContents(db);
    const { attachments: attachmentsAfter, ...restAfter } = after;
    const { attachments: attachmentsBefore, ...restBefore } = before;
    expect(restAfter).toEqual(restBefore);
    expect(restored.counts.timeEntries).toBe(before.timeEntries?.length);
    expect(attachmentsAfter).toHaveLength(1);
    const [stored] = await db.attachments.toArray();
    expect(stored?.blob.type).toBe('image/png');
    expect(await blobBytes(stored?.blob ?? new Blob())).toEqual([137, 80, 78, 71]);
    expect(attachmentsBefore).toHaveLength(1);
    expect(safety).toHaveLength(1);
  });

  it('hands over a safety backup of the data being replaced, which itself restores', async () => {
    const db = freshDb();
    expectOk(await loadDemoData(db, DEMO_SOURCE, { now: NOW }));
    const demo = await tableContents(db);
    const backupOfEmpty = await exportBackup(freshDb());
    let safety: Blob | undefined;
    expectOk(await restoreBackup(db, backupOfEmpty, { beforeReplace: async (blob) => void (safety = blob) }));
    expect(await db.clients.count()).toBe(0);
    if (safety === undefined) throw new Error('expected a safety backup');
    expectOk(await restoreBackup(db, safety, { beforeReplace: async () => undefined }));
    expect(await tableContents(db)).toEqual(demo);
  });

  it('replaces nothing when beforeReplace refuses', async () => {
    const db = freshDb();
    await db.clients.add({ id: 'c1', createdAt: 1, updatedAt: 1, ...clientInput() });
    const before = await tableContents(db);
    const backup = await exportBackup(freshDb());
    await expect(restoreBackup(db, backup, { beforeReplace: () => Promise.reject(new Error('disk full')) })).rejects.toThrow('disk full');
    expect(await tableContents(db)).toEqual(before);
  });

  it('describes a backup: format, schema, time and counts', async () => {
    const db = freshDb();
    await db.clients.add({ id: 'c1', createdAt: 1, updatedAt: 1, ...clientInput() });
    const inspection = await inspectBackup(await exportBackup(db, { now: NOW }));
    expect(inspection).toMatchObject({ ok: true, formatVersion: BACKUP_FORMAT_VERSION, schemaVersion: CURRENT_SCHEMA_VERSION, exportedAt: NOW });
    if (!inspection.ok) return;
    expect(inspection.counts.clients).toBe(1);
    expect(inspection.counts.timeEntries).toBe(0);
  });
});

describe('backups that cannot be restored', () => {
  async function backupJson(): Promise<Record<string, unknown>> {
    const parsed: unknown = JSON.parse(await (await exportBackup(freshDb(), { now: NOW })).text());
    if (typeof parsed !== 'object' || parsed === null) throw new Error('expected an object');
    return { ...parsed };
  }

  function jsonBlob(value: unknown): Blob {
    return new Blob([JSON.stringify(value)], { type: 'application/json' });
  }

  it('refuses a newer backup format with the message to update', async () => {
    const file = await backupJson();
    const newer = jsonBlob({ ...file, repute: { formatVersion: BACKUP_FORMAT_VERSION + 1, appVersion: '9.0.0', exportedAt: NOW, schemaVersion: 9 } });
    expect(await inspectBackup(newer)).toEqual({
      ok: false,
      message: `This backup was made by a newer Repute (format ${BACKUP_FORMAT_VERSION + 1}); update the app to restore it.`,
    });
  });

  it('accepts an older backup without the Repute block, as format 0', async () => {
    const { repute: _meta, ...plainDexie } = await backupJson();
    expect(_meta).toBeDefined();
    expect(await inspectBackup(jsonBlob(plainDexie))).toMatchObject({ ok: true, formatVersion: 0 });
  });

  it('refuses files that are not backups, and writes nothing', async () => {
    const db = freshDb();
    await db.clients.add({ id: 'c1', createdAt: 1, updatedAt: 1, ...clientInput() });
    const before = await tableContents(db);
    for (const blob of [new Blob(['Date,Client\n']), jsonBlob({ hello: 'world' }), jsonBlob({ formatName: 'dexie', formatVersion: 1, data: { databaseName: 'x', databaseVersion: 1, tables: [], data: [] } })]) {
      let called = false;
      const result = await restoreBackup(db, blob, { beforeReplace: async () => void (called = true) });
      expect(expectErrors(result).backup).toMatch(/not a Repute backup/);
      expect(called).toBe(false);
    }
    expect(await tableContents(db)).toEqual(before);
  });

  it('refuses a backup whose row counts disagree with its table list', async () => {
    const db = freshDb();
    await db.clients.add({ id: 'c1', createdAt: 1, updatedAt: 1, ...clientInput() });
    const text = await (await exportBackup(db)).text();
    const cut = text.replace(/"rowCount":1/, '"rowCount":2');
    const inspection = await inspectBackup(new Blob([cut]));
    expect(inspection).toEqual({ ok: false, message: 'This backup is incomplete: the clients table should have 2 records but has 1.' });
  });
});
