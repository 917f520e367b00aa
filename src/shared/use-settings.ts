import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { db } from '../db';
import { getSettings, saveSettings, settingsPatchErrors } from '../db/repositories/settings';
import type { FieldErrors, WriteResult } from '../db/repositories/write-result';
import type { Settings, SettingsInput } from '../domain/model';

/** Stored settings, or defaults until the first save; undefined only while the first read is in flight. */
export function useSettings(): Settings | undefined {
  return useLiveQuery(() => getSettings(db), []);
}

/** Saves part of the settings in one transaction and returns the result, field errors included, for the caller to show. */
export function useSaveSettings(): (patch: Partial<SettingsInput>) => Promise<WriteResult<Settings>> {
  return useCallback((patch) => saveSettings(db, patch), []);
}

/** What saving a patch would refuse, by dotted path, without saving it. */
export function useSettingsPatchErrors(): (patch: Partial<SettingsInput>) => Promise<FieldErrors> {
  return useCallback((patch) => settingsPatchErrors(db, patch), []);
}
