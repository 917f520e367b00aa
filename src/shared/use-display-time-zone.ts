import { useContext } from 'react';
import { machineTimeZone } from './machine-time-zone';
import { SettingsContext } from './settings-context';

/** The zone dates and times are shown in: the one chosen in Settings, else the machine's. */
export function useDisplayTimeZone(): string {
  const settings = useContext(SettingsContext);
  return settings?.timeZone ?? machineTimeZone();
}
