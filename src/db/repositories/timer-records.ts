import type { Project, TimeEntry, TimeEntryInput } from '../../domain/model';

/* What the timer's start and stop write, shared by the careful path and the one that writes beside its reads. */

export interface StartTimerInput {
  projectId: string;
  description: string;
  tags: string[];
  /** Defaults from the project: false for non-billable projects, true otherwise. */
  billable?: boolean;
  now: number;
  /** The zone the entry is tracked in; it decides the entry's local day for good. */
  timeZone: string;
}

export interface TimerStart {
  started: TimeEntry;
  /** The timer that was running and stopped at the same instant (a switch), if any. */
  stopped: TimeEntry | null;
}

export function billableByDefault(project: Project): boolean {
  return project.billing.kind !== 'nonBillable';
}

/** The running entry a start asks for, before validation. */
export function timerEntryInput(input: StartTimerInput, project: Project): TimeEntryInput {
  return {
    projectId: project.id,
    clientId: project.clientId,
    start: input.now,
    end: null,
    timeZone: input.timeZone,
    description: input.description,
    billable: input.billable ?? billableByDefault(project),
    tags: input.tags,
    source: 'timer',
  };
}

/** The running entry ended at `now`, never before its own start. */
export function stoppedEntry(running: TimeEntry, now: number): TimeEntry {
  const { running: _wasRunning, ...rest } = running;
  return { ...rest, end: Math.max(now, running.start), updatedAt: Date.now() };
}
