import { createContext, useContext } from 'react';
import type { Settings } from '../domain/model';

/** The settings the app shell read once for the whole tree, so leaf components need no query of their own. */
export const SettingsContext = createContext<Settings | undefined>(undefined);

/** The locale figures and dates are shown in: the one chosen in Settings, else the system's. */
export function useDisplayLocale(): string {
  const settings = useContext(SettingsContext);
  return settings?.locale ?? navigator.language;
}
