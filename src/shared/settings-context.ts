import { createContext, useContext } from 'react';
import type { Settings } from '../domain/model';
import { businessDetailsMissing } from '../domain/settings/business-details';

/** The settings the app shell read once for the whole tree, so leaf components need no query of their own. */
export const SettingsContext = createContext<Settings | undefined>(undefined);

/** The locale figures and dates are shown in: the one chosen in Settings, else the system's. */
export function useDisplayLocale(): string {
  const settings = useContext(SettingsContext);
  return settings?.locale ?? navigator.language;
}

/** Whether the business still needs its details: empty screens ask for them only then, not after they were saved. */
export function useBusinessDetailsMissing(): boolean {
  const settings = useContext(SettingsContext);
  return settings === undefined || businessDetailsMissing(settings.business);
}
