import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { TimeEntry } from '../../../domain/model';
import { useTimeReference } from '../time-reference';
import { useTimerActions, type TimerActions, type TimerDraft } from '../use-timer-actions';
import { useRunningTimer, type RunningTimer } from './use-running-timer';

/** What the timer bar holds before a timer starts: the project, description and tags typed so far. */
export interface TimerBarDraft {
  projectId: string | undefined;
  description: string;
  tags: string[];
  /** Set when the user overrode the project's billable default. */
  billable: boolean | undefined;
}

const EMPTY_DRAFT: TimerBarDraft = { projectId: undefined, description: '', tags: [], billable: undefined };

interface TimerContextValue {
  /** undefined while the first read runs; null when no timer runs. */
  running: RunningTimer | null | undefined;
  draft: TimerBarDraft;
  setDraft: (draft: TimerBarDraft) => void;
  actions: TimerActions;
  /** Starts the draft when it names a project; otherwise asks the timer bar to open its project picker. */
  startFromDraft: () => Promise<boolean>;
  /** Increments when something (the palette, a shortcut) asks the user to pick a project. */
  projectPickerRequest: number;
}

const TimerContext = createContext<TimerContextValue | null>(null);
/** The running entry alone, for screens that show it but not the timer bar's draft, which changes at every keystroke. */
const RunningEntryContext = createContext<TimeEntry | null | undefined>(undefined);

function draftToStart(draft: TimerBarDraft & { projectId: string }): TimerDraft {
  return draft.billable === undefined
    ? { projectId: draft.projectId, description: draft.description.trim(), tags: draft.tags }
    : { projectId: draft.projectId, description: draft.description.trim(), tags: draft.tags, billable: draft.billable };
}

/**
 * Holds the timer for the whole window: the running entry read once (the header, the tray, the idle watch and the
 * Time screen all show it), the timer bar's draft, and the start and stop actions. The draft lives here rather than
 * in the bar, so the palette and the global shortcut start what the user has already typed.
 */
export function TimerProvider({ children }: { children: ReactNode }) {
  const actions = useTimerActions();
  const [draft, setDraft] = useState<TimerBarDraft>(EMPTY_DRAFT);
  const [projectPickerRequest, setProjectPickerRequest] = useState(0);

  const running = useRunningTimer(useTimeReference());

  const startFromDraft = useCallback(async () => {
    const { projectId } = draft;
    if (projectId === undefined) {
      setProjectPickerRequest((count) => count + 1);
      return false;
    }
    const started = await actions.start(draftToStart({ ...draft, projectId }));
    if (started) setDraft(EMPTY_DRAFT);
    return started;
  }, [actions, draft]);

  const value = useMemo(() => ({ running, draft, setDraft, actions, startFromDraft, projectPickerRequest }), [running, draft, actions, startFromDraft, projectPickerRequest]);
  const runningEntry = running === undefined || running === null ? running : running.entry;
  return (
    <TimerContext.Provider value={value}>
      <RunningEntryContext.Provider value={runningEntry}>{children}</RunningEntryContext.Provider>
    </TimerContext.Provider>
  );
}

export function useTimer(): TimerContextValue {
  const value = useContext(TimerContext);
  if (value === null) throw new Error('useTimer needs a <TimerProvider> above it; the app shell provides one.');
  return value;
}

/** The running entry: undefined while the first read runs, null when no timer runs. */
export function useRunningEntry(): TimeEntry | null | undefined {
  return useContext(RunningEntryContext);
}
