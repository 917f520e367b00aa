import { DEMO_SOURCE } from '../../../../src/demo/demo-source';
import { listDayTotals } from '../../../../src/db/repositories/rollups';
import { describe, expect, it } from 'vitest';
import { createClient } from '../../../../src/db/repositories/clients';
import { eraseAllData, hasAnyData, loadDemoData } from '../../../../src/db/repositories/demo-data';
import { getSettings, saveSettings } from '../../../../src/db/repositories/settings';
import { listTimeEntriesInRange, updateTimeEntry } from '../../../../src/db/repositories/time-entries';
import { recomputeDayTotals, recomputeRollups } from '../../../../src/domain/rollups/recompute-rollups';
import { clientInput, expectErrors, expectOk, freshDb } from '../test-db';

const NOW = Date.UTC(2026, 2, 18, 15, 42);

describe('loadDemoData', () => {
  it('loads every table with rollups in step, and reports the counts', async () => {
    const db = freshDb();
    expect(await hasAnyData(db)).toBe(false);
    const counts = expectOk(await loadDemoData(db, DEMO_SOURCE, { now: NOW }));
    expect(counts).toMatchObject({ clients: 8, projects: 21, invoices: 10, credentials: 3 });
    expect(counts).toEqual({
      clients: await db.clients.count(),
      projects: await db.projects.count(),
      proposals: await db.proposals.count(),
      timeEntries: await db.timeEntries.count(),
      invoices: await db.invoices.count(),
      payments: await db.payments.count(),
      feedback: await db.feedback.count(),
      credentials: await db.credentials.count(),
    });
    expect(await hasAnyData(db)).toBe(true);
    const rebuilt = recomputeRollups({
      timeEntries: await db.timeEntries.toArray(),
      payments: await db.payments.toArray(),
      invoices: await db.invoices.toArray(),
      projects: await db.projects.toArray(),
    });
    expect(rebuilt.length).toBeGreaterThan(20);
    expect(await db.rollups.orderBy('id').toArray()).toEqual(rebuilt);
    const days = await listDayTotals(db, { fromDay: '0000-01-01', toDay: '9999-12-31' });
    expect(days.length).toBeGreaterThan(20);
    expect(days).toEqual(recomputeDayTotals(await db.timeEntries.toArray()));
  });

  it('loads entries the repositories can read, with invoiced ones locked', async () => {
    const db = freshDb();
    expectOk(await loadDemoData(db, DEMO_SOURCE, { now: NOW }));
    const recent = await listTimeEntriesInRange(db, { from: NOW - 30 * 86_400_000, to: NOW });
    expect(recent.length).toBeGreaterThan(20);
    const invoiced = await db.timeEntries.filter((entry) => entry.invoiceId !== undefined).first();
    if (invoiced === undefined) throw new Error('the demo invoices some time');
    expect(expectErrors(await updateTimeEntry(db, invoiced.id, { description: 'Edited' })).invoiceId).toMatch(/^This entry is on (invoice \d{4}-\d{4}|a draft invoice) and cannot change$/);
  });

  it('fills only the empty business fields and moves the invoice sequence past the demo numbers', async () => {
    const db = freshDb();
    const mine = (await getSettings(db)).business;
    expectOk(await saveSettings(db, { business: { ...mine, name: 'My Own Studio' }, nextInvoiceSequence: 3 }));
    expectOk(await loadDemoData(db, DEMO_SOURCE, { now: NOW }));
    const settings = await getSettings(db);
    expect(settings.business.name).toBe('My Own Studio');
    expect(settings.business.email).toBe('hello@lindqvist-studio.example');
    expect(settings.portfolioProfile.headline).not.toBe('');
    const numbered = (await db.invoices.toArray()).filter((invoice) => invoice.number !== undefined).length;
    expect(settings.nextInvoiceSequence).toBe(numbered + 1);
  });

  it('refuses when the database already holds clients, writing nothing', async () => {
    const db = freshDb();
    expectOk(await createClient(db, clientInput()));
    expect(expectErrors(await loadDemoData(db, DEMO_SOURCE, { now: NOW }))).toEqual({
      database: 'This database already holds clients; erase all data before loading the demo',
    });
    expect(await db.clients.count()).toBe(1);
    expect(await db.timeEntries.count()).toBe(0);
    expect(await db.settings.count()).toBe(0);
  });
});

describe('eraseAllData', () => {
  it('empties every table, settings included, after which the demo loads again', async () => {
    const db = freshDb();
    expectOk(await loadDemoData(db, DEMO_SOURCE, { now: NOW }));
    await eraseAllData(db);
    for (const table of db.tables) expect(await table.count(), table.name).toBe(0);
    expect(await hasAnyData(db)).toBe(false);
    expectOk(await loadDemoData(db, DEMO_SOURCE, { now: NOW }));
  });
});
