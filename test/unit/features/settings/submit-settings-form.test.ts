import { describe, expect, it } from 'vitest';
import { getSettings, saveSettings, settingsPatchErrors } from '../../../../src/db/repositories/settings';
import { formValuesFromSettings } from '../../../../src/features/settings/settings-form-values';
import { submitSettingsForm, type SettingsWrites } from '../../../../src/features/settings/submit-settings-form';
import type { ReputeDb } from '../../../../src/db/db';
import { expectNothingWritten, freshDb } from '../../db/test-db';

function writesTo(db: ReputeDb): SettingsWrites {
  return { check: (patch) => settingsPatchErrors(db, patch), save: (patch) => saveSettings(db, patch) };
}

describe('submitSettingsForm', () => {
  it('reports an invalid email together with an unreadable idle threshold and a bad time zone, and saves nothing', async () => {
    const db = freshDb();
    const values = { ...formValuesFromSettings(await getSettings(db)), email: 'not an email', idleThresholdMinutes: 'ten', timeZone: 'Mars/Olympus' };
    await expectNothingWritten(db.settings, async () => {
      const result = await submitSettingsForm(values, writesTo(db));
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(Object.keys(result.messages.byField).sort()).toEqual(['email', 'idleThresholdMinutes', 'timeZone']);
      expect(result.messages.byField.email).toBe('Enter a valid email address, like name@example.com');
      expect(result.messages.other).toEqual([]);
    });
  });

  it('saves when every field reads and passes the rules', async () => {
    const db = freshDb();
    const values = { ...formValuesFromSettings(await getSettings(db)), email: 'mara@example.com', idleThresholdMinutes: '15' };
    const result = await submitSettingsForm(values, writesTo(db));
    expect(result.ok).toBe(true);
    expect(await getSettings(db)).toMatchObject({ business: { email: 'mara@example.com' }, idleThresholdMinutes: 15 });
  });
});
