import { describe, expect, it } from 'vitest';
import { SETTINGS_ID, type Settings } from '../../../../src/domain/model';
import { defaultSettings } from '../../../../src/domain/settings/default-settings';
import { formValuesFromSettings, splitSettingsErrors } from '../../../../src/features/settings/settings-form-values';
import {
  parseRounding,
  parseWorkDays,
  readTimeTracking,
  timeTrackingValuesFromSettings,
  toggledWorkDays,
  type TimeTrackingFormValues,
} from '../../../../src/features/settings/time-tracking-values';

const settings: Settings = { ...defaultSettings({ locale: 'en-GB', timeZone: 'Europe/Berlin' }), id: SETTINGS_ID, createdAt: 1, updatedAt: 1 };

function values(overrides: Partial<TimeTrackingFormValues> = {}): TimeTrackingFormValues {
  return { ...timeTrackingValuesFromSettings(settings), ...overrides };
}

describe('time tracking settings in the form', () => {
  it('shows the stored values as the inputs hold them', () => {
    expect(timeTrackingValuesFromSettings(settings)).toEqual({
      idleThresholdMinutes: '10',
      remindersEnabled: 'false',
      workStart: '09:00',
      workEnd: '18:00',
      workDays: '1,2,3,4,5',
      longTimerHours: '8',
      timerShortcut: 'CommandOrControl+Shift+T',
      rounding: 'none',
    });
    expect(formValuesFromSettings(settings).idleThresholdMinutes).toBe('10');
  });

  it('reads the section back into a patch the settings schema accepts', () => {
    const read = readTimeTracking(values({ idleThresholdMinutes: ' 15 ', remindersEnabled: 'true', workStart: '08:30', workEnd: '00:00', workDays: '5,1', longTimerHours: '6', timerShortcut: 'ctrl+alt+t', rounding: 'up:15' }));
    expect(read).toEqual({
      ok: true,
      patch: {
        idleThresholdMinutes: 15,
        reminders: { enabled: true, startMinute: 510, endMinute: 1440, days: [1, 5], longTimerHours: 6 },
        timerShortcut: 'Control+Alt+T',
        defaultRounding: { mode: 'up', minutes: 15 },
      },
    });
  });

  it('names each field that cannot be read, all at once', () => {
    const read = readTimeTracking(values({ idleThresholdMinutes: 'ten', longTimerHours: '25', workStart: '9', workEnd: '', timerShortcut: 'Shift+T', rounding: 'up:7' }));
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.errors.idleThresholdMinutes).toBe('Enter whole minutes from 1 to 240');
    expect(read.errors.longTimerHours).toBe('Enter whole hours from 1 to 24');
    expect(read.errors.workStart).toBe('Enter a time like 09:00');
    expect(read.errors.workEnd).toBe('Enter a time like 18:00');
    expect(read.errors.timerShortcut).toContain('Add Control, Command, Alt or Super');
    expect(read.errors.rounding).toBe('Choose a rounding rule');
  });

  it('refuses a working day that ends before it starts, and reminders with no working day', () => {
    const backwards = readTimeTracking(values({ workStart: '17:00', workEnd: '09:00' }));
    expect(!backwards.ok && backwards.errors.workEnd).toBe('The working day must end after it starts');
    const noDays = readTimeTracking(values({ remindersEnabled: 'true', workDays: '' }));
    expect(!noDays.ok && noDays.errors.workDays).toBe('Choose at least one working day, or turn reminders off');
    expect(readTimeTracking(values({ remindersEnabled: 'false', workDays: '' })).ok).toBe(true);
  });

  it('accepts an empty shortcut as none', () => {
    const read = readTimeTracking(values({ timerShortcut: '  ' }));
    expect(read.ok && read.patch.timerShortcut).toBe('');
  });

  it('ticks and unticks weekdays, ignoring anything unreadable', () => {
    expect(parseWorkDays('3, 1,x,9,1')).toEqual([1, 3]);
    expect(toggledWorkDays('1,2', 0, true)).toBe('0,1,2');
    expect(toggledWorkDays('1,2', 2, false)).toBe('1');
  });

  it('reads rounding rules', () => {
    expect(parseRounding('none')).toEqual({ mode: 'none' });
    expect(parseRounding('nearest:6')).toEqual({ mode: 'nearest', minutes: 6 });
    expect(parseRounding('down:6')).toBeUndefined();
  });

  it('puts the schema’s messages for these settings under their inputs', () => {
    const split = splitSettingsErrors({ 'reminders.longTimerHours': 'Too large', timerShortcut: 'Taken', 'portfolioProfile.headline': 'Too long' });
    expect(split.byField).toEqual({ longTimerHours: 'Too large', timerShortcut: 'Taken' });
    expect(split.other).toEqual(['portfolioProfile.headline: Too long']);
  });
});
