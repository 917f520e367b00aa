import { useEffect, useRef } from 'react';
import { host } from '../../../platform';
import type { TimerCommand } from '../../../platform/contract';
import type { TimerActions } from '../use-timer-actions';

export interface TimerCommandHandlers {
  isRunning: () => boolean;
  actions: TimerActions;
  /** Starts what the timer bar holds, or asks for a project. */
  startFromDraft: () => Promise<boolean>;
}

/**
 * What a tray or shortcut command does. The shortcut toggles: it stops a running timer, and otherwise starts what
 * the timer bar holds, or the last entry again when the bar names no project.
 */
export async function runTimerCommand(command: TimerCommand, handlers: TimerCommandHandlers, hasDraftProject: boolean): Promise<void> {
  const { actions } = handlers;
  switch (command.kind) {
    case 'toggle':
      if (handlers.isRunning()) await actions.stop();
      else if (hasDraftProject) await handlers.startFromDraft();
      else await actions.continueLast();
      return;
    case 'stop':
      if (handlers.isRunning()) await actions.stop();
      return;
    case 'restartLast':
      await actions.continueLast();
      return;
    case 'switchTo':
      await actions.start({ projectId: command.projectId, description: '', tags: [] });
      return;
  }
}

/** Listens for the tray menu and the global shortcut. */
export function useHostTimerCommands(handlers: TimerCommandHandlers, hasDraftProject: boolean): void {
  const latest = useRef({ handlers, hasDraftProject });
  useEffect(() => {
    latest.current = { handlers, hasDraftProject };
  });
  useEffect(
    () =>
      host.onTimerCommand((command) => {
        runTimerCommand(command, latest.current.handlers, latest.current.hasDraftProject).catch((error: unknown) => console.error('Timer command failed', command.kind, error));
      }),
    [],
  );
}
