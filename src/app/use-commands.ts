import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import type { ThemePreference } from '../domain/model';
import { useAnnounce } from '../ui/Announcer';
import { useLoadDemoData } from '../shared/use-demo-data-commands';
import { useSaveSettings } from '../shared/use-settings';
import { createCommands, type Command } from './commands';
import { areaPath, newRecordPath } from './navigation';
import { useTimer } from '../features/time';

const THEME_ANNOUNCEMENTS: Record<ThemePreference, string> = {
  dark: 'Dark theme on',
  light: 'Light theme on',
  system: 'Theme follows the system',
};

/** The command registry wired to the running app: the router, the stored settings, the timer and the status region. */
export function useCommands(): Command[] {
  const navigate = useNavigate();
  const announce = useAnnounce();
  const { load } = useLoadDemoData();
  const saveSettings = useSaveSettings();
  const { running, actions, startFromDraft } = useTimer();
  const isRunning = running?.entry !== undefined;

  return useMemo(
    () =>
      createCommands({
        navigate: (area) => void navigate(areaPath(area)),
        openNewForm: (kind) => void navigate(newRecordPath(kind)),
        loadDemoData: load,
        setThemePreference: async (theme) => {
          const result = await saveSettings({ theme });
          if (result.ok) announce(THEME_ANNOUNCEMENTS[theme], 'success');
          else announce('The theme could not be saved', 'danger');
        },
        startTimer: async () => {
          // The timer bar edits the running entry, so a second start goes through Continue on an entry instead.
          if (isRunning) announce('A timer is already running: stop it first, or use Continue on an entry to switch to it', 'neutral');
          else await startFromDraft();
        },
        stopTimer: async () => {
          await actions.stop();
        },
        continueLastEntry: async () => {
          await actions.continueLast();
        },
      }),
    [navigate, load, saveSettings, announce, isRunning, actions, startFromDraft],
  );
}
