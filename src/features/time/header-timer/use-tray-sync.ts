import { useEffect, useRef } from 'react';
import type { TrayState } from '../../../platform/contract';
import { host } from '../../../platform';
import { projectOptionLabel, type ProjectOption } from '../project-options';
import type { RunningTimer } from './use-running-timer';

const TRAY_RECENT_PROJECTS = 5;

/** What the tray shows: the running project and client with the start (the host counts the time), and a switch menu. */
export function trayStateOf(running: RunningTimer | null, options: readonly ProjectOption[], recentIds: readonly string[]): TrayState {
  const byId = new Map(options.map((option) => [option.id, option]));
  const recentProjects = recentIds.flatMap((id) => {
    const option = byId.get(id);
    return option === undefined || option.status !== 'active' ? [] : [{ id, label: projectOptionLabel(option).slice(0, 200) }];
  });
  return {
    running:
      running === null
        ? null
        : {
            projectName: (running.project?.name ?? 'Unknown project').slice(0, 200),
            clientName: (running.client?.name ?? '').slice(0, 200),
            start: running.entry.start,
          },
    recentProjects: recentProjects.slice(0, TRAY_RECENT_PROJECTS),
  };
}

/** Keeps the tray or menu-bar item in step with the timer; the browser has none and ignores it. */
export function useTraySync(state: TrayState | undefined): void {
  // Keyed by content, so a new object saying the same thing is not sent again.
  const key = state === undefined ? undefined : JSON.stringify(state);
  const latest = useRef(state);
  useEffect(() => {
    latest.current = state;
  });
  useEffect(() => {
    const current = latest.current;
    if (key === undefined || current === undefined) return;
    host.setTrayState(current).catch((error: unknown) => console.warn('The tray could not show the timer', error));
  }, [key]);
}
