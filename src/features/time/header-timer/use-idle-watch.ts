import { useCallback, useEffect, useRef, useState } from 'react';
import { db } from '../../../db';
import { resolveIdleTime } from '../../../db/repositories/timer';
import { idleTransition, NOT_TRACKING, type IdleDecision, type IdleEvent, type IdlePrompt, type IdleState } from '../../../domain/time-tracking/idle-machine';
import { host } from '../../../platform';
import type { SystemActivityEvent } from '../../../platform/contract';

const MS_PER_MINUTE = 60_000;

/** The host's report about the user, as the idle machine's event. */
export function idleEventOf(event: SystemActivityEvent): IdleEvent {
  switch (event.kind) {
    case 'idle':
      return { kind: 'wentIdle', since: event.since };
    case 'active':
      return { kind: 'activity', at: event.at };
    case 'suspend':
      return { kind: 'suspended', at: event.at };
    case 'resume':
      return { kind: 'resumed', at: event.at };
    case 'lock':
      return { kind: 'screenLocked', at: event.at };
    case 'unlock':
      return { kind: 'screenUnlocked', at: event.at };
  }
}

/** The entry the machine believes is running, if any. */
function trackedEntryId(state: IdleState): string | undefined {
  return state.kind === 'notTracking' ? undefined : state.entryId;
}

export interface IdleWatch {
  prompt: IdlePrompt | null;
  busy: boolean;
  decide: (decision: IdleDecision) => Promise<{ ok: true } | { ok: false; error: string }>;
}

/**
 * Drives the idle machine from the host's activity reports and the stored timer. While a timer runs, time away (no
 * input past the threshold, sleep, a locked screen) becomes a prompt on return; the answer is written by
 * resolveIdleTime in one transaction.
 */
export function useIdleWatch(runningEntryId: string | null | undefined, thresholdMinutes: number, timeZone: string): IdleWatch {
  const stateRef = useRef<IdleState>(NOT_TRACKING);
  const thresholdRef = useRef(thresholdMinutes * MS_PER_MINUTE);
  const [prompt, setPrompt] = useState<IdlePrompt | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    thresholdRef.current = thresholdMinutes * MS_PER_MINUTE;
  }, [thresholdMinutes]);

  const dispatch = useCallback((event: IdleEvent) => {
    const transition = idleTransition(stateRef.current, event, thresholdRef.current);
    stateRef.current = transition.state;
    if (transition.prompt !== undefined) setPrompt(transition.prompt);
    // Leaving again before answering keeps the question on screen; only tracking afresh (or no timer) clears it.
    else if (transition.state.kind === 'tracking' || transition.state.kind === 'notTracking') setPrompt(null);
  }, []);

  // The stored timer is the truth: a start or stop anywhere (this window, the tray, another view) resets the machine.
  useEffect(() => {
    if (runningEntryId === undefined) return;
    if (runningEntryId === null) {
      if (stateRef.current.kind !== 'notTracking') dispatch({ kind: 'timerStopped' });
    } else if (trackedEntryId(stateRef.current) !== runningEntryId) {
      dispatch({ kind: 'timerStarted', entryId: runningEntryId });
    }
  }, [runningEntryId, dispatch]);

  useEffect(() => host.watchSystemActivity(thresholdMinutes, (event) => dispatch(idleEventOf(event))), [thresholdMinutes, dispatch]);

  const decide = useCallback(
    async (decision: IdleDecision): Promise<{ ok: true } | { ok: false; error: string }> => {
      if (prompt === null) return { ok: false, error: 'There is no idle time to decide about' };
      setBusy(true);
      try {
        const result = await resolveIdleTime(db, { ...prompt, decision, now: Date.now(), timeZone });
        // Whatever the write says, the question is answered: a refused write means the timer changed meanwhile.
        dispatch({ kind: 'decided', decision });
        setPrompt(null);
        if (!result.ok) return { ok: false, error: Object.values(result.errors).find((message) => message !== undefined) ?? 'The timer was not changed' };
        return { ok: true };
      } finally {
        setBusy(false);
      }
    },
    [prompt, timeZone, dispatch],
  );

  return { prompt, busy, decide };
}
