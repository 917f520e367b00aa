/**
 * The idle rules of DESIGN.md §4 as a state machine: while a timer runs, time away from the machine (no input past
 * the threshold, sleep, a locked screen) is noticed, and on return the user is asked what to do with it.
 *
 * The threshold is passed to every transition rather than kept in the state, so a changed setting applies at once.
 * It matters only on return: sleep and lock count as idle from the moment they happen, and a return sooner than the
 * threshold after that moment never prompts. System idle (`wentIdle`) arrives from a watcher that has already
 * waited for the threshold, back-dated to the last input.
 */

export type IdleDecision = 'keep' | 'discard' | 'discardAndStop' | 'moveToNewEntry';

export const IDLE_DECISIONS: readonly IdleDecision[] = ['keep', 'discard', 'discardAndStop', 'moveToNewEntry'];

export type IdleState =
  | { kind: 'tracking'; entryId: string }
  | { kind: 'notTracking' }
  | { kind: 'idle'; entryId: string; idleSince: number }
  | { kind: 'awaitingDecision'; entryId: string; idleStart: number; idleEnd: number };

export type IdleEvent =
  | { kind: 'timerStarted'; entryId: string }
  | { kind: 'timerStopped' }
  | { kind: 'wentIdle'; since: number }
  | { kind: 'suspended'; at: number }
  | { kind: 'screenLocked'; at: number }
  | { kind: 'resumed'; at: number }
  | { kind: 'screenUnlocked'; at: number }
  | { kind: 'activity'; at: number }
  | { kind: 'decided'; decision: IdleDecision };

/** What to ask the user: the running entry and the stretch they were away. */
export interface IdlePrompt {
  entryId: string;
  idleStart: number;
  idleEnd: number;
}

export interface IdleTransition {
  state: IdleState;
  prompt?: IdlePrompt;
}

export const NOT_TRACKING: IdleState = { kind: 'notTracking' };

function awayFrom(event: IdleEvent): number | undefined {
  if (event.kind === 'wentIdle') return event.since;
  if (event.kind === 'suspended' || event.kind === 'screenLocked') return event.at;
  return undefined;
}

function backAt(event: IdleEvent): number | undefined {
  return event.kind === 'resumed' || event.kind === 'screenUnlocked' || event.kind === 'activity' ? event.at : undefined;
}

/** Timer events mean the same in every state: the timer in the store is the truth, whatever was pending. */
function timerChange(event: IdleEvent): IdleState | undefined {
  if (event.kind === 'timerStarted') return { kind: 'tracking', entryId: event.entryId };
  if (event.kind === 'timerStopped') return NOT_TRACKING;
  return undefined;
}

function afterDecision(state: Extract<IdleState, { kind: 'awaitingDecision' }>, decision: IdleDecision): IdleState {
  // Discard and move start a new entry; the repository names it, and its timerStarted event replaces this id.
  return decision === 'discardAndStop' ? NOT_TRACKING : { kind: 'tracking', entryId: state.entryId };
}

/**
 * One step of the machine.
 *
 * - Not tracking: only a started timer matters; idleness without a timer is nobody's business.
 * - Tracking: going idle, sleeping or locking the screen marks the entry idle from that moment.
 * - Idle: more away-events keep the earliest moment (a lock during idle does not move it). Coming back (input,
 *   resume, unlock) after at least the threshold asks about [idleSince, return); sooner, tracking simply goes on.
 * - Awaiting a decision: the answer ends the question (discard and stop ends tracking). Leaving again before
 *   answering grows the unanswered stretch: the user is idle from the same start, and the next return asks anew.
 * - A timer started or stopped elsewhere (tray, shortcut, another view) overrides any pending question.
 */
export function idleTransition(state: IdleState, event: IdleEvent, thresholdMs: number): IdleTransition {
  const changed = timerChange(event);
  if (changed !== undefined) return { state: changed };
  if (state.kind === 'notTracking') return { state };

  const away = awayFrom(event);
  const back = backAt(event);
  switch (state.kind) {
    case 'tracking':
      return away === undefined ? { state } : { state: { kind: 'idle', entryId: state.entryId, idleSince: away } };
    case 'idle': {
      if (away !== undefined) return { state: { ...state, idleSince: Math.min(state.idleSince, away) } };
      if (back === undefined) return { state };
      if (back - state.idleSince < thresholdMs) return { state: { kind: 'tracking', entryId: state.entryId } };
      const prompt: IdlePrompt = { entryId: state.entryId, idleStart: state.idleSince, idleEnd: back };
      return { state: { kind: 'awaitingDecision', ...prompt }, prompt };
    }
    case 'awaitingDecision':
      if (event.kind === 'decided') return { state: afterDecision(state, event.decision) };
      if (away !== undefined) return { state: { kind: 'idle', entryId: state.entryId, idleSince: state.idleStart } };
      return { state };
  }
}
