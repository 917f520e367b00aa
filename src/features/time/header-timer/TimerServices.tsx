import { useContext, useMemo } from 'react';
import { formatAccelerator } from '../../../domain/settings/accelerator';
import { formatClockTime } from '../../../shared/date-display';
import { entryLabel } from '../entry-labels';
import { useDisplayTimeZone } from '../../../shared/use-display-time-zone';
import { useTimeReference } from '../time-reference';
import { useAnnounce } from '../../../ui/Announcer';
import { isMacPlatform } from '../../../shared/is-mac-platform';
import { SettingsContext, useDisplayLocale } from '../../../shared/settings-context';
import { idleOutcome } from './idle-choices';
import { IdleDialog } from './IdleDialog';
import { useTimer } from './timer-context';
import { useHostTimerCommands } from './use-host-timer-commands';
import { useIdleWatch } from './use-idle-watch';
import { useReminders } from './use-reminders';
import { useTimerShortcut } from './use-timer-shortcut';
import { trayStateOf, useTraySync } from './use-tray-sync';

const DEFAULT_IDLE_THRESHOLD_MINUTES = 10;

/**
 * The timer's work outside the header: the idle watch and its dialog, the tray, tray and shortcut commands, the
 * global shortcut and the reminders. Mounted once per window.
 */
export function TimerServices() {
  const settings = useContext(SettingsContext);
  const timeZone = useDisplayTimeZone();
  const locale = useDisplayLocale();
  const announce = useAnnounce();
  const { running, draft, actions, startFromDraft } = useTimer();
  const reference = useTimeReference();

  const runningEntry = running?.entry;
  const idle = useIdleWatch(running === undefined ? undefined : (runningEntry?.id ?? null), settings?.idleThresholdMinutes ?? DEFAULT_IDLE_THRESHOLD_MINUTES, timeZone);

  const trayState = useMemo(
    () => (running === undefined || reference === undefined ? undefined : trayStateOf(running, reference.projectOptions, reference.recentProjectIds)),
    [running, reference],
  );
  useTraySync(trayState);

  useHostTimerCommands({ isRunning: () => running?.entry !== undefined, actions, startFromDraft }, draft.projectId !== undefined);
  useTimerShortcut(settings?.timerShortcut, announce);

  useReminders({
    settings,
    timeZone,
    running: running === undefined ? undefined : running === null ? null : { start: running.entry.start },
    announce,
    context: () => ({
      shortcut: settings === undefined || settings.timerShortcut === '' ? '' : formatAccelerator(settings.timerShortcut, isMacPlatform(navigator.userAgent)),
      running:
        running === undefined || running === null
          ? null
          : {
              label: entryLabel(running.entry, running.project?.name),
              startedAt: formatClockTime(running.entry.start, running.entry.timeZone, locale),
              hours: Math.floor((Date.now() - running.entry.start) / 3_600_000),
            },
    }),
  });

  const prompt = idle.prompt;
  const promptTimeZone = runningEntry?.timeZone ?? timeZone;
  const projectName = running?.project?.name ?? 'this project';

  return (
    <IdleDialog
      prompt={prompt}
      timeZone={promptTimeZone}
      description={runningEntry?.description ?? ''}
      projectName={projectName}
      busy={idle.busy}
      onDecide={(decision) => {
        if (prompt === null) return;
        const times = {
          idleStart: formatClockTime(prompt.idleStart, promptTimeZone, locale),
          idleEnd: formatClockTime(prompt.idleEnd, promptTimeZone, locale),
          projectName,
        };
        void idle.decide(decision).then((result) => {
          if (result.ok) announce(idleOutcome(decision, times), 'success');
          else announce(`The idle time was not changed: ${result.error}`, 'danger');
        });
      }}
    />
  );
}
