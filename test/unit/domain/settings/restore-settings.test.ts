import { describe, expect, it, vi } from 'vitest';
import { settingsSchema } from '../../../../src/domain/model';
import { defaultSettings } from '../../../../src/domain/settings/default-settings';
import { restoreSettings } from '../../../../src/domain/settings/restore-settings';

const defaults = defaultSettings({ locale: 'de-DE', timeZone: 'Europe/Berlin' });

describe('restoreSettings', () => {
  it('gives a record written before the shortcut existed the default shortcut, keeping everything else', () => {
    const { timerShortcut: _timerShortcut, ...older } = { ...defaults, baseCurrency: 'CHF', idleThresholdMinutes: 25 };
    const restored = restoreSettings(older, () => defaults);
    expect(restored).toEqual({ ...defaults, baseCurrency: 'CHF', idleThresholdMinutes: 25 });
    expect(restored.timerShortcut).toBe('CommandOrControl+Shift+T');
    expect(settingsSchema.safeParse(restored).success).toBe(true);
  });

  it('fills fields missing inside a nested object from the defaults', () => {
    const stored = { ...defaults, reminders: { enabled: true, startMinute: 480 } };
    expect(restoreSettings(stored, () => defaults).reminders).toEqual({ ...defaults.reminders, enabled: true, startMinute: 480 });
  });

  it('replaces a field that is no longer valid and drops fields it does not know', () => {
    const stored = { ...defaults, theme: 'sepia', weekStartsOn: 3, legacyColour: 'teal' };
    const restored = restoreSettings(stored, () => defaults);
    expect(restored.theme).toBe('system');
    expect(restored.weekStartsOn).toBe(1);
    expect(restored).not.toHaveProperty('legacyColour');
  });

  it('keeps an optional field that is present and leaves it out when absent', () => {
    const signingKey = { publicKeyHex: 'a'.repeat(64), privateKeyHex: 'b'.repeat(64), createdAt: 1 };
    expect(restoreSettings({ ...defaults, signingKey }, () => defaults).signingKey).toEqual(signingKey);
    expect(restoreSettings(defaults, () => defaults)).not.toHaveProperty('signingKey');
  });

  it('works out the defaults only when a field needs one, and then once', () => {
    const whole = vi.fn(() => defaults);
    expect(restoreSettings({ ...defaults, theme: 'dark' }, whole).theme).toBe('dark');
    expect(whole).not.toHaveBeenCalled();

    const { locale: _locale, timeZone: _timeZone, ...withoutZone } = defaults;
    const partial = vi.fn(() => defaults);
    expect(restoreSettings(withoutZone, partial)).toEqual(defaults);
    expect(partial).toHaveBeenCalledTimes(1);
  });

  it.each([null, 'settings', 42, []])('falls back to the defaults for %j', (stored) => {
    expect(restoreSettings(stored, () => defaults)).toEqual(defaults);
  });
});
