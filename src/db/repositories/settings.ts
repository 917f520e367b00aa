import { SETTINGS_ID, settingsSchema, type Settings, type SettingsInput } from '../../domain/model';
import { defaultSettings } from '../../domain/settings/default-settings';
import { restoreSettings } from '../../domain/settings/restore-settings';
import type { ReputeDb } from '../db';
import { parseInput } from './record-commands';
import { succeeded, type FieldErrors, type WriteResult } from './write-result';

/** The defaults for this machine: its locale and time zone as the runtime reports them. */
export function machineDefaultSettings(): SettingsInput {
  const { locale, timeZone } = Intl.DateTimeFormat().resolvedOptions();
  return defaultSettings({ locale, timeZone });
}

function unsaved(input: SettingsInput): Settings {
  return { ...input, id: SETTINGS_ID, createdAt: 0, updatedAt: 0 };
}

/**
 * The stored settings, or this machine's defaults (createdAt 0: never saved) when none are stored. A record written
 * by an older version gets the fields it lacks from the defaults, so it reads as a whole Settings.
 */
export async function getSettings(db: ReputeDb): Promise<Settings> {
  const stored = await db.settings.get(SETTINGS_ID);
  if (stored === undefined) return unsaved(machineDefaultSettings());
  return { ...restoreSettings(stored, machineDefaultSettings), id: SETTINGS_ID, createdAt: stored.createdAt, updatedAt: stored.updatedAt };
}

function currentSettings(stored: Settings | undefined): SettingsInput {
  return stored === undefined ? machineDefaultSettings() : restoreSettings(stored, machineDefaultSettings);
}

/**
 * What saveSettings would refuse in the patch, by dotted path, without writing anything: a form that could not read
 * some of its own fields still shows the messages about all the others at once.
 */
export async function settingsPatchErrors(db: ReputeDb, patch: Partial<SettingsInput>): Promise<FieldErrors> {
  const parsed = parseInput(settingsSchema, { ...currentSettings(await db.settings.get(SETTINGS_ID)), ...patch });
  return parsed.ok ? {} : parsed.errors;
}

/** Merges the patch over the stored settings (or the defaults); nested objects such as `business` are replaced whole. */
export async function saveSettings(db: ReputeDb, patch: Partial<SettingsInput>): Promise<WriteResult<Settings>> {
  return db.transaction('rw', db.settings, async () => {
    const stored = await db.settings.get(SETTINGS_ID);
    const parsed = parseInput(settingsSchema, { ...currentSettings(stored), ...patch });
    if (!parsed.ok) return parsed;
    const now = Date.now();
    const settings: Settings = { ...parsed.value, id: SETTINGS_ID, createdAt: stored?.createdAt ?? now, updatedAt: now };
    await db.settings.put(settings);
    return succeeded(settings);
  });
}
