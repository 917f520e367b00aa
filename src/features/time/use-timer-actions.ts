import { useMemo } from 'react';
import { db } from '../../db';
import { listRecentTimeEntries } from '../../db/repositories/time-entries';
import { continueTimeEntry, startTimer, stopTimer } from '../../db/repositories/timer';
import type { TimeEntry } from '../../domain/model';
import { formatDuration } from '../../domain/time';
import { useAnnounce } from '../../ui/Announcer';
import { entryLabel, firstErrorMessage } from './entry-labels';
import { useDisplayTimeZone } from '../../shared/use-display-time-zone';
import { useTimeReference } from './time-reference';

/** What a new timer is started with. */
export interface TimerDraft {
  projectId: string;
  description: string;
  tags: string[];
  /** Left out, the project decides: non-billable projects start non-billable timers. */
  billable?: boolean;
}

/** Starting, stopping and continuing the timer, each saying how it went; resolves whether it happened. */
export interface TimerActions {
  start: (draft: TimerDraft) => Promise<boolean>;
  stop: () => Promise<boolean>;
  continueEntry: (entryId: string) => Promise<boolean>;
  continueLast: () => Promise<boolean>;
}

/** The timer commands wired to the database and the status region, shared by the header, palette, tray and lists. */
export function useTimerActions(): TimerActions {
  const announce = useAnnounce();
  const timeZone = useDisplayTimeZone();
  // The names come from the window's time reference, already in memory: the announcement needs no read of its own.
  const projectNames = useTimeReference()?.projectNames;

  return useMemo(() => {
    const projectName = (projectId: string) => projectNames?.get(projectId) ?? 'the project';
    const announceStart = (started: TimeEntry, stopped: TimeEntry | null) => {
      const label = entryLabel(started, projectName(started.projectId));
      announce(stopped === null ? `Timer started: ${label}` : `Switched timer to ${label}`, 'success');
    };

    const continueEntry = async (entryId: string): Promise<boolean> => {
      const result = await continueTimeEntry(db, entryId, Date.now(), timeZone);
      if (!result.ok) {
        announce(`The timer did not start: ${firstErrorMessage(result.errors)}`, 'danger');
        return false;
      }
      const { started, stopped } = result.value;
      announceStart(started, stopped);
      return true;
    };

    return {
      start: async (draft) => {
        const result = await startTimer(db, { ...draft, now: Date.now(), timeZone });
        if (!result.ok) {
          announce(`The timer did not start: ${firstErrorMessage(result.errors)}`, 'danger');
          return false;
        }
        announceStart(result.value.started, result.value.stopped);
        return true;
      },
      stop: async () => {
        const result = await stopTimer(db, Date.now());
        if (!result.ok) {
          announce(firstErrorMessage(result.errors), 'danger');
          return false;
        }
        const entry = result.value;
        const tracked = entry.end === null ? 0 : entry.end - entry.start;
        announce(`Timer stopped: ${formatDuration(tracked, 'hours-minutes')} on ${entryLabel(entry, projectName(entry.projectId))}`, 'success');
        return true;
      },
      continueEntry,
      continueLast: async () => {
        const [latest] = await listRecentTimeEntries(db, 1);
        if (latest === undefined) {
          announce('There is no entry to continue yet: start a timer first', 'danger');
          return false;
        }
        return continueEntry(latest.id);
      },
    };
  }, [announce, timeZone, projectNames]);
}
