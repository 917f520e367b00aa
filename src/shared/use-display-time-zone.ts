import { useContext } from 'react';
import { SettingsContext } from './settings-context';

/** The zone dates and times are shown in: the one chosen in Settings, else the machine's. */
export function useDisplayTimeZone(): string {
  const settings = useContext(SettingsContext);
  return settings?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
}
