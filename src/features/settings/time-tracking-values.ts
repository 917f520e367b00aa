import type { RoundingRule, Settings, SettingsInput } from '../../domain/model';
import { checkAccelerator } from '../../domain/settings/accelerator';

/** The Time tracking section as its inputs hold it: every value a string, as in the rest of the Settings form. */
export interface TimeTrackingFormValues {
  idleThresholdMinutes: string;
  /** 'true' or 'false', from a checkbox. */
  remindersEnabled: string;
  /** `HH:mm`. */
  workStart: string;
  workEnd: string;
  /** Weekdays as a comma-separated list, 0 = Sunday … 6 = Saturday. */
  workDays: string;
  longTimerHours: string;
  timerShortcut: string;
  /** 'none', or the mode and minutes, e.g. 'up:15' or 'nearest:6'. */
  rounding: string;
}

export type TimeTrackingField = keyof TimeTrackingFormValues;

export const TIME_TRACKING_FIELDS: readonly TimeTrackingField[] = [
  'idleThresholdMinutes',
  'remindersEnabled',
  'workStart',
  'workEnd',
  'workDays',
  'longTimerHours',
  'timerShortcut',
  'rounding',
];

export const TIME_TRACKING_FIELD_PATHS: Record<TimeTrackingField, string> = {
  idleThresholdMinutes: 'idleThresholdMinutes',
  remindersEnabled: 'reminders.enabled',
  workStart: 'reminders.startMinute',
  workEnd: 'reminders.endMinute',
  workDays: 'reminders.days',
  longTimerHours: 'reminders.longTimerHours',
  timerShortcut: 'timerShortcut',
  rounding: 'defaultRounding',
};

const MINUTES_PER_DAY = 1440;
const TIME_OF_DAY = /^([01]\d|2[0-3]):([0-5]\d)$/;
const WHOLE_NUMBER = /^\d+$/;
const ROUNDING_MINUTES = [1, 6, 15, 30] as const;

export const ROUNDING_OPTIONS: ReadonlyArray<{ value: string; label: string }> = [
  { value: 'none', label: 'No rounding: bill the exact time' },
  ...ROUNDING_MINUTES.map((minutes) => ({ value: `up:${minutes}`, label: `Up to the next ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}` })),
  ...ROUNDING_MINUTES.map((minutes) => ({ value: `nearest:${minutes}`, label: `To the nearest ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}` })),
];

/** Weekdays in the order a week is read, with the names the checkboxes show. */
export const WEEKDAYS: ReadonlyArray<{ day: number; short: string; long: string }> = [
  { day: 1, short: 'Mon', long: 'Monday' },
  { day: 2, short: 'Tue', long: 'Tuesday' },
  { day: 3, short: 'Wed', long: 'Wednesday' },
  { day: 4, short: 'Thu', long: 'Thursday' },
  { day: 5, short: 'Fri', long: 'Friday' },
  { day: 6, short: 'Sat', long: 'Saturday' },
  { day: 0, short: 'Sun', long: 'Sunday' },
];

function clockText(minuteOfDay: number): string {
  const minutes = minuteOfDay % MINUTES_PER_DAY;
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

function roundingText(rule: RoundingRule): string {
  return rule.mode === 'none' ? 'none' : `${rule.mode}:${rule.minutes}`;
}

export function timeTrackingValuesFromSettings(settings: Settings): TimeTrackingFormValues {
  return {
    idleThresholdMinutes: String(settings.idleThresholdMinutes),
    remindersEnabled: String(settings.reminders.enabled),
    workStart: clockText(settings.reminders.startMinute),
    workEnd: clockText(settings.reminders.endMinute),
    workDays: [...settings.reminders.days].sort((a, b) => a - b).join(','),
    longTimerHours: String(settings.reminders.longTimerHours),
    timerShortcut: settings.timerShortcut,
    rounding: roundingText(settings.defaultRounding),
  };
}

/** Weekdays ticked, from the comma-separated form value; anything unreadable is dropped. */
export function parseWorkDays(text: string): number[] {
  const days = new Set<number>();
  for (const part of text.split(',')) {
    if (/^[0-6]$/.test(part.trim())) days.add(Number(part.trim()));
  }
  return [...days].sort((a, b) => a - b);
}

/** The form value after ticking or unticking one weekday. */
export function toggledWorkDays(text: string, day: number, on: boolean): string {
  const days = new Set(parseWorkDays(text));
  if (on) days.add(day);
  else days.delete(day);
  return [...days].sort((a, b) => a - b).join(',');
}

function minuteOfDay(text: string): number | undefined {
  const match = TIME_OF_DAY.exec(text.trim());
  if (match === null) return undefined;
  return Number(match[1]) * 60 + Number(match[2]);
}

function wholeNumberIn(text: string, min: number, max: number): number | undefined {
  const trimmed = text.trim();
  if (!WHOLE_NUMBER.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return value >= min && value <= max ? value : undefined;
}

export function parseRounding(text: string): RoundingRule | undefined {
  if (text === 'none') return { mode: 'none' };
  const [mode, minutesText] = text.split(':');
  const minutes = ROUNDING_MINUTES.find((candidate) => String(candidate) === minutesText);
  if ((mode !== 'up' && mode !== 'nearest') || minutes === undefined) return undefined;
  return { mode, minutes };
}

export type TimeTrackingErrors = Partial<Record<TimeTrackingField, string>>;

/**
 * Reads the section into a settings patch, or says what is wrong under each field. Working hours end at midnight
 * when the end reads 00:00. The shortcut is checked with the same rules the desktop app registers it by.
 */
export function readTimeTracking(values: TimeTrackingFormValues): { ok: true; patch: Partial<SettingsInput> } | { ok: false; errors: TimeTrackingErrors } {
  const errors: TimeTrackingErrors = {};
  const idleThresholdMinutes = wholeNumberIn(values.idleThresholdMinutes, 1, 240);
  if (idleThresholdMinutes === undefined) errors.idleThresholdMinutes = 'Enter whole minutes from 1 to 240';
  const longTimerHours = wholeNumberIn(values.longTimerHours, 1, 24);
  if (longTimerHours === undefined) errors.longTimerHours = 'Enter whole hours from 1 to 24';

  const startMinute = minuteOfDay(values.workStart);
  const endRead = minuteOfDay(values.workEnd);
  const endMinute = endRead === 0 ? MINUTES_PER_DAY : endRead;
  if (startMinute === undefined) errors.workStart = 'Enter a time like 09:00';
  if (endMinute === undefined) errors.workEnd = 'Enter a time like 18:00';
  else if (startMinute !== undefined && endMinute <= startMinute) errors.workEnd = 'The working day must end after it starts';

  const enabled = values.remindersEnabled === 'true';
  const days = parseWorkDays(values.workDays);
  if (enabled && days.length === 0) errors.workDays = 'Choose at least one working day, or turn reminders off';

  const shortcut = checkAccelerator(values.timerShortcut);
  if (!shortcut.ok) errors.timerShortcut = shortcut.error;
  const rounding = parseRounding(values.rounding);
  if (rounding === undefined) errors.rounding = 'Choose a rounding rule';

  if (
    idleThresholdMinutes === undefined ||
    longTimerHours === undefined ||
    startMinute === undefined ||
    endMinute === undefined ||
    !shortcut.ok ||
    rounding === undefined ||
    Object.keys(errors).length > 0
  ) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    patch: {
      idleThresholdMinutes,
      reminders: { enabled, startMinute, endMinute, days, longTimerHours },
      timerShortcut: shortcut.accelerator,
      defaultRounding: rounding,
    },
  };
}
