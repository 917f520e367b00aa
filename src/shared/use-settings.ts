import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { db } from '../db';
import { getSettings, saveSettings } from '../db/repositories/settings';
import type { WriteResult } from '../db/repositories/write-result';
import type { Settings, SettingsInput } from '../domain/model';

/** Stored settings, or defaults until the first save; undefined only while the first read is in flight. */
export function useSettings(): Settings | undefined {
  return useLiveQuery(() => getSettings(db), []);
}

/** Saves part of the settings in one transaction and returns the result, field errors included, for the caller to show. */
export function useSaveSettings(): (patch: Partial<SettingsInput>) => Promise<WriteResult<Settings>> {
  return useCallback((patch) => saveSettings(db, patch), []);
}
