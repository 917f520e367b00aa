import type { IdleDecision } from '../../../domain/time-tracking/idle-machine';

/** One answer to "You were idle", with what it does to the times, in the words the dialog shows. */
export interface IdleChoice {
  decision: IdleDecision;
  label: string;
  effect: string;
}

export interface IdleTimes {
  /** Wall-clock times as the user reads them, e.g. "10:02". */
  idleStart: string;
  idleEnd: string;
  projectName: string;
}

/**
 * The four answers Harvest offers, each saying exactly which times it keeps or drops, so nobody has to guess what
 * "discard" means for their timesheet.
 */
export function idleChoices({ idleStart, idleEnd, projectName }: IdleTimes): IdleChoice[] {
  return [
    { decision: 'keep', label: 'Keep the idle time', effect: `Counts ${idleStart}–${idleEnd} as work. The timer keeps running.` },
    {
      decision: 'discard',
      label: 'Discard the idle time',
      effect: `Ends this entry at ${idleStart} and continues it in a new entry from ${idleEnd}. ${idleStart}–${idleEnd} is not tracked.`,
    },
    { decision: 'discardAndStop', label: 'Discard and stop', effect: `Ends this entry at ${idleStart} and stops the timer. ${idleStart}–${idleEnd} is not tracked.` },
    {
      decision: 'moveToNewEntry',
      label: 'Move to a new entry',
      effect: `Ends this entry at ${idleStart}; a new entry on ${projectName} runs from ${idleStart}, for you to describe what the time was.`,
    },
  ];
}

/** What the status region says once an answer is saved. */
export function idleOutcome(decision: IdleDecision, { idleStart, idleEnd }: IdleTimes): string {
  switch (decision) {
    case 'keep':
      return `Kept ${idleStart}–${idleEnd}; the timer keeps running`;
    case 'discard':
      return `Discarded ${idleStart}–${idleEnd}; the timer continues from ${idleEnd}`;
    case 'discardAndStop':
      return `Discarded ${idleStart}–${idleEnd} and stopped the timer at ${idleStart}`;
    case 'moveToNewEntry':
      return `Moved ${idleStart}–${idleEnd} to a new entry, still running`;
  }
}
