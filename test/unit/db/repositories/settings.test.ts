import { describe, expect, it } from 'vitest';
import { getSettings, machineDefaultSettings, saveSettings } from '../../../../src/db/repositories/settings';
import { expectErrors, expectNothingWritten, expectOk, freshDb } from '../test-db';

describe('getSettings', () => {
  it('returns the machine defaults, unsaved, when nothing is stored', async () => {
    const db = freshDb();
    const settings = await getSettings(db);
    const { locale, timeZone } = Intl.DateTimeFormat().resolvedOptions();
    expect(settings).toMatchObject({ id: 'settings', createdAt: 0, locale, timeZone, baseCurrency: 'EUR', weekStartsOn: 1, theme: 'system' });
    expect(await db.settings.count()).toBe(0);
  });
});

describe('saveSettings', () => {
  it('merges over the defaults, replacing nested objects whole, and keeps createdAt', async () => {
    const db = freshDb();
    const first = expectOk(await saveSettings(db, { theme: 'dark', business: { ...machineDefaultSettings().business, name: 'Lindqvist Studio' } }));
    expect(first.createdAt).toBeGreaterThan(0);
    const second = expectOk(await saveSettings(db, { business: { name: 'Mara Lindqvist', address: '', email: 'mara@example.com', taxId: '', paymentInstructions: '' } }));
    expect(second).toMatchObject({ theme: 'dark', createdAt: first.createdAt, business: { name: 'Mara Lindqvist', email: 'mara@example.com' } });
    expect(await getSettings(db)).toEqual(second);
  });

  it('reports invalid fields by dotted path and writes nothing', async () => {
    const db = freshDb();
    const stored = expectOk(await saveSettings(db, { theme: 'light' }));
    await expectNothingWritten(db.settings, async () => {
      const errors = expectErrors(
        await saveSettings(db, {
          business: { ...stored.business, email: 'mara@' },
          timeZone: 'Mars/Olympus',
          invoiceNumberFormat: 'INV-{YYYY}',
        }),
      );
      expect(errors).toEqual({
        'business.email': 'Enter a valid email address, like name@example.com',
        timeZone: 'Unknown time zone; use an IANA name such as Europe/Berlin',
        invoiceNumberFormat: 'Must contain {seq} or {seq:N}',
      });
    });
  });
});

describe('settings written before a field existed', () => {
  it('load with the missing field from the defaults, and save without complaint', async () => {
    const db = freshDb();
    const { timerShortcut: _timerShortcut, ...older } = { ...machineDefaultSettings(), baseCurrency: 'CHF' };
    // Through the untyped table, as the older version wrote it: the record lacks a field today's type requires.
    await db.table('settings').put({ ...older, id: 'settings', createdAt: 100, updatedAt: 200 });
    const loaded = await getSettings(db);
    expect(loaded).toMatchObject({ baseCurrency: 'CHF', timerShortcut: 'CommandOrControl+Shift+T', createdAt: 100, updatedAt: 200 });
    const saved = expectOk(await saveSettings(db, { theme: 'dark' }));
    expect(saved).toMatchObject({ baseCurrency: 'CHF', theme: 'dark', timerShortcut: 'CommandOrControl+Shift+T', createdAt: 100 });
  });

  it('store the timer shortcut in canonical spelling and refuse one that would swallow typing', async () => {
    const db = freshDb();
    expect(expectOk(await saveSettings(db, { timerShortcut: 'ctrl+alt+t' })).timerShortcut).toBe('Control+Alt+T');
    expect(expectErrors(await saveSettings(db, { timerShortcut: 'Shift+T' }))).toEqual({
      timerShortcut: 'Add Control, Command, Alt or Super, or every app would lose that key. Use a shortcut like CommandOrControl+Shift+T',
    });
  });
});
