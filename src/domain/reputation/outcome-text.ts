import type { ContractChangeKind, ContractOutcome, OutcomeReason } from './job-success';

export const OUTCOME_LABELS: Record<ContractOutcome, string> = {
  success: 'Success',
  neutral: 'Neutral',
  failure: 'Counts against',
  notCounted: 'Not counted',
};

/** Why a contract counts as it does, in the words the screen shows beside it. */
export const OUTCOME_REASONS: Record<OutcomeReason, string> = {
  cancelledByClientBeforeWork: 'The client cancelled before any work began, so it never counts against you',
  clientUnresponsive: 'The client stopped responding, so it is left out rather than counted against you',
  poorFeedback: 'Rated below 3.0',
  goodFeedback: 'Rated 4.5 or more',
  noWorkDelivered: 'Ended with no work delivered (no tracked time, no earnings, no feedback)',
  longTerm: 'Long-term: work in 3 or more months',
  rehire: 'Rehire: not this client’s first contract',
  neutralFeedback: 'Rated from 3.0 to 4.4',
  noFeedback: 'No feedback: counts in the total only',
};

export const CHANGE_KIND_LABELS: Record<ContractChangeKind, string> = {
  entered: 'Entered the window',
  left: 'Left the window',
  changed: 'Counts differently',
};

/** Tenths of a point as "40.7", or with a sign for a change: "+12.3", "−24.5", "0.0". */
export function formatPoints(tenths: number, locale: string, options: { signed?: boolean } = {}): string {
  const text = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(Math.abs(tenths) / 10);
  if (options.signed !== true || tenths === 0) return tenths < 0 ? `−${text}` : text;
  return tenths > 0 ? `+${text}` : `−${text}`;
}

/** Weight in quarters as "1.25". */
export function formatWeight(quarters: number, locale: string): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 0, maximumFractionDigits: 2 }).format(quarters / 4);
}
