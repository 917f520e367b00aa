import { useLiveQuery } from 'dexie-react-hooks';
import { createContext, useContext } from 'react';
import { db } from '../db';
import { getSettings } from '../db/repositories/settings';
import type { Settings } from '../domain/model';

/** Stored settings, or defaults until the first save; undefined only while the first read is in flight. */
export function useSettings(): Settings | undefined {
  return useLiveQuery(() => getSettings(db), []);
}

/** The settings the app shell read once for the whole tree, so leaf components need no query of their own. */
export const SettingsContext = createContext<Settings | undefined>(undefined);

/** The locale figures and dates are shown in: the one chosen in Settings, else the system's. */
export function useDisplayLocale(): string {
  const settings = useContext(SettingsContext);
  return settings?.locale ?? navigator.language;
}
