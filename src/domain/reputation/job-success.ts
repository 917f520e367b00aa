import type { ProjectEndReason, ProjectStatus } from '../model';
import { addLocalMonths } from '../time/local-calendar';

/**
 * Job success: how often the freelancer's contracts ended well, 0–100, computed from their own records in the open.
 *
 * Marketplaces publish the shape of their score but not its arithmetic; this one follows the published shape and
 * writes every step down, so a freelancer can check each point:
 *
 * 1. **Which contracts count** in a window of 6, 12 or 24 months ending on the day asked for: those that ended in
 *    the window (completed or cancelled, by their end date), and those still running that are long-term relationships
 *    (work in 3 or more distinct months) with work in the window. A contract the client cancelled before any work
 *    began never counts at all, because nothing the freelancer did or failed to do happened.
 * 2. **Each contract's outcome**, from what is known on that day (feedback dated later does not exist yet):
 *    - the client stopped responding: only what speaks for the freelancer counts (good feedback, a long-term
 *      relationship, a rehire makes it a success); otherwise the contract is left out of the score, never a failure;
 *    - poor feedback (the latest rating below 3.0) is a failure;
 *    - good feedback (the latest rating 4.5 or more) is a success;
 *    - a contract that ended with no work delivered (no tracked time, no earnings, no feedback) is a failure;
 *    - a long-term relationship or a rehire (any contract after a client's first) is a success;
 *    - anything else (no feedback, or a rating from 3.0 to 4.4) is neutral: it counts in the total only.
 * 3. **Each contract's weight**, by size and length as the best-known marketplace documents it: earnings up to 250
 *    (in base currency) weigh 1, up to 1,000 weigh 1.25, more weigh 1.5; one more for every three months of paid work;
 *    at most 8. Weights are kept in quarters, so every sum is exact.
 * 4. **The score of a window** is (successes − failures) ÷ all counted, by weight, as a percentage, at least 0, kept in
 *    tenths of a point (rounded half up). A window needs at least two eligible contracts from at least two clients;
 *    the score shown is the best of the three windows, as the marketplaces do.
 */

export const JOB_SUCCESS_WINDOW_MONTHS = [6, 12, 24] as const;
export type JobSuccessWindowMonths = (typeof JOB_SUCCESS_WINDOW_MONTHS)[number];

/** The latest rating at or above this (tenths of a star) makes a contract a success. */
export const GOOD_RATING_TENTHS = 45;
/** The latest rating below this makes a contract a failure. */
export const POOR_RATING_BELOW_TENTHS = 30;
/** Work in this many distinct months makes a long-term relationship. */
export const LONG_TERM_MONTHS = 3;
export const MIN_ELIGIBLE_CONTRACTS = 2;
export const MIN_ELIGIBLE_CLIENTS = 2;
/** Earnings bands (base currency, whole units) and their weights in quarters: up to 250 → 1, up to 1,000 → 1.25, more → 1.5. */
const SIZE_BANDS = [
  { upToMajor: 250, quarters: 4 },
  { upToMajor: 1000, quarters: 5 },
] as const;
const LARGEST_SIZE_QUARTERS = 6;
const MONTHS_PER_LENGTH_POINT = 3;
const MAX_WEIGHT_QUARTERS = 32;

/** One month of a contract's work, from the project totals. */
export interface ContractMonth {
  month: string;
  trackedMs: number;
  billableMs: number;
  earnedBaseMinor: number;
}

export interface JobSuccessContract {
  id: string;
  clientId: string;
  status: ProjectStatus;
  endReason?: ProjectEndReason;
  startDate: string;
  endDate?: string;
  /** Months with any tracked time or earnings, any order. */
  months: readonly ContractMonth[];
}

export interface JobSuccessFeedback {
  id: string;
  projectId: string;
  date: string;
  ratingTenths: number;
}

export interface JobSuccessRecords {
  contracts: readonly JobSuccessContract[];
  feedback: readonly JobSuccessFeedback[];
  /** Minor units in one unit of the base currency (100 for EUR, 1 for JPY), for the earnings bands. */
  minorPerMajor: number;
}

export type ContractOutcome = 'success' | 'neutral' | 'failure' | 'notCounted';

export type OutcomeReason =
  | 'cancelledByClientBeforeWork'
  | 'clientUnresponsive'
  | 'poorFeedback'
  | 'goodFeedback'
  | 'noWorkDelivered'
  | 'longTerm'
  | 'rehire'
  | 'neutralFeedback'
  | 'noFeedback';

/** How one contract counts in one window, and why. */
export interface ContractAssessment {
  contractId: string;
  clientId: string;
  outcome: ContractOutcome;
  reason: OutcomeReason;
  /** Weight in quarters (4 = 1). */
  weightQuarters: number;
  /** Counts towards the two contracts and two clients a window needs (every contract but one cancelled before work). */
  eligible: boolean;
  feedbackId?: string;
  ratingTenths?: number;
  earnedBaseMinor: number;
  workMonths: number;
  paidMonths: number;
  longTerm: boolean;
  rehire: boolean;
  /** The day it ended, for an ended contract; absent while it runs. */
  endedOn?: string;
}

export interface WindowScore {
  months: JobSuccessWindowMonths;
  /** The window is the days after `after` up to and including `through`. */
  after: string;
  through: string;
  assessments: readonly ContractAssessment[];
  successQuarters: number;
  failureQuarters: number;
  countedQuarters: number;
  eligibleContracts: number;
  eligibleClients: number;
  /** 0–1000; absent when the window does not qualify (see `missing`). */
  scoreTenths?: number;
  missing?: string;
}

export interface JobSuccess {
  asOf: string;
  windows: readonly WindowScore[];
  /** The window whose score is shown: the best one that qualifies. */
  best?: WindowScore;
  scoreTenths?: number;
}

interface PreparedContract extends JobSuccessContract {
  /** Work months in order, with running sums, so "as of" figures are a binary search away. */
  sortedMonths: readonly ContractMonth[];
  cumulativeEarned: readonly number[];
  cumulativeWorkMonths: readonly number[];
  cumulativePaidMonths: readonly number[];
  /** The months with tracked time or earnings, in order. */
  workMonthKeys: readonly string[];
  rehire: boolean;
  feedback: readonly JobSuccessFeedback[];
}

/** The records indexed once, for scoring at many dates (every week of two years). */
export interface PreparedJobSuccess {
  contracts: readonly PreparedContract[];
  minorPerMajor: number;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function prepareJobSuccess(records: JobSuccessRecords): PreparedJobSuccess {
  const feedbackByProject = new Map<string, JobSuccessFeedback[]>();
  for (const item of records.feedback) {
    const list = feedbackByProject.get(item.projectId) ?? [];
    list.push(item);
    feedbackByProject.set(item.projectId, list);
  }
  const firstContractOfClient = new Map<string, JobSuccessContract>();
  for (const contract of records.contracts) {
    const first = firstContractOfClient.get(contract.clientId);
    if (first === undefined || compareText(contract.startDate, first.startDate) < 0 || (contract.startDate === first.startDate && compareText(contract.id, first.id) < 0)) {
      firstContractOfClient.set(contract.clientId, contract);
    }
  }
  const contracts = records.contracts.map((contract): PreparedContract => {
    const sortedMonths = [...contract.months].sort((a, b) => compareText(a.month, b.month));
    const cumulativeEarned: number[] = [];
    const cumulativeWorkMonths: number[] = [];
    const cumulativePaidMonths: number[] = [];
    let earned = 0;
    let workMonths = 0;
    let paidMonths = 0;
    for (const month of sortedMonths) {
      earned += month.earnedBaseMinor;
      if (month.trackedMs > 0 || month.earnedBaseMinor > 0) workMonths += 1;
      if (month.billableMs > 0 || month.earnedBaseMinor > 0) paidMonths += 1;
      cumulativeEarned.push(earned);
      cumulativeWorkMonths.push(workMonths);
      cumulativePaidMonths.push(paidMonths);
    }
    const feedback = [...(feedbackByProject.get(contract.id) ?? [])].sort((a, b) => compareText(a.date, b.date) || compareText(a.id, b.id));
    const workMonthKeys = sortedMonths.filter((month) => month.trackedMs > 0 || month.earnedBaseMinor > 0).map((month) => month.month);
    return { ...contract, sortedMonths, cumulativeEarned, cumulativeWorkMonths, cumulativePaidMonths, workMonthKeys, rehire: firstContractOfClient.get(contract.clientId) !== contract, feedback };
  });
  return { contracts, minorPerMajor: records.minorPerMajor };
}

/** How many of the sorted keys are at or before `key`. */
function countThrough<T>(sorted: readonly T[], key: string, keyOf: (item: T) => string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const candidate = sorted[middle];
    if (candidate !== undefined && keyOf(candidate) <= key) low = middle + 1;
    else high = middle;
  }
  return low;
}

const monthOf = (month: ContractMonth) => month.month;
const itself = (key: string) => key;

function latestFeedbackThrough(feedback: readonly JobSuccessFeedback[], day: string): JobSuccessFeedback | undefined {
  let latest: JobSuccessFeedback | undefined;
  for (const item of feedback) {
    if (item.date > day) break;
    latest = item;
  }
  return latest;
}

/** The day a contract ended, when it has ended by `day`: its end date, for a completed or cancelled contract. */
function endedOn(contract: JobSuccessContract, day: string): string | undefined {
  if (contract.status !== 'completed' && contract.status !== 'cancelled') return undefined;
  const end = contract.endDate ?? contract.startDate;
  return end <= day ? end : undefined;
}

export function weightQuarters(earnedBaseMinor: number, paidMonths: number, minorPerMajor: number): number {
  const band = SIZE_BANDS.find((candidate) => earnedBaseMinor <= candidate.upToMajor * minorPerMajor);
  const size = band === undefined ? LARGEST_SIZE_QUARTERS : band.quarters;
  return Math.min(MAX_WEIGHT_QUARTERS, size + 4 * Math.floor(paidMonths / MONTHS_PER_LENGTH_POINT));
}

function outcomeOf(contract: PreparedContract, ended: boolean, hadWork: boolean, longTerm: boolean, rating: number | undefined): { outcome: ContractOutcome; reason: OutcomeReason } {
  if (contract.endReason === 'cancelledByClientBeforeWork') return { outcome: 'notCounted', reason: 'cancelledByClientBeforeWork' };
  const good = rating !== undefined && rating >= GOOD_RATING_TENTHS;
  const poor = rating !== undefined && rating < POOR_RATING_BELOW_TENTHS;
  if (contract.endReason === 'clientUnresponsive') {
    if (good) return { outcome: 'success', reason: 'goodFeedback' };
    if (longTerm) return { outcome: 'success', reason: 'longTerm' };
    if (contract.rehire) return { outcome: 'success', reason: 'rehire' };
    return { outcome: 'notCounted', reason: 'clientUnresponsive' };
  }
  if (poor) return { outcome: 'failure', reason: 'poorFeedback' };
  if (good) return { outcome: 'success', reason: 'goodFeedback' };
  // A client who rated the work saw work delivered, even when none of it was tracked or paid in Repute (feedback
  // imported from a marketplace comes without its hours).
  if (ended && !hadWork && rating === undefined) return { outcome: 'failure', reason: 'noWorkDelivered' };
  if (longTerm) return { outcome: 'success', reason: 'longTerm' };
  if (contract.rehire) return { outcome: 'success', reason: 'rehire' };
  return { outcome: 'neutral', reason: rating === undefined ? 'noFeedback' : 'neutralFeedback' };
}

/**
 * How a contract counts on `through`, and the windows it falls in: `afters` are the windows' first days (exclusive),
 * longest window last. Undefined when it is in none. Everything known on that day is worked out once, for every window.
 */
function assess(contract: PreparedContract, afters: readonly string[], through: string, minorPerMajor: number): { assessment: ContractAssessment; inWindow: boolean[] } | undefined {
  if (contract.startDate > through) return undefined;
  const longestAfter = afters[afters.length - 1] ?? through;
  const end = endedOn(contract, through);
  if (end !== undefined && end <= longestAfter) return undefined;
  const throughMonth = through.slice(0, 7);
  const known = countThrough(contract.sortedMonths, throughMonth, monthOf);
  const workMonths = known === 0 ? 0 : (contract.cumulativeWorkMonths[known - 1] ?? 0);
  const longTerm = workMonths >= LONG_TERM_MONTHS;
  let inWindow: boolean[];
  if (end !== undefined) {
    inWindow = afters.map((after) => end > after);
  } else {
    if (!longTerm) return undefined;
    const lastWorkMonth = contract.workMonthKeys[countThrough(contract.workMonthKeys, throughMonth, itself) - 1] ?? '';
    inWindow = afters.map((after) => lastWorkMonth >= after.slice(0, 7));
    if (!inWindow.some(Boolean)) return undefined;
  }
  const paidMonths = known === 0 ? 0 : (contract.cumulativePaidMonths[known - 1] ?? 0);
  const earnedBaseMinor = known === 0 ? 0 : (contract.cumulativeEarned[known - 1] ?? 0);
  const latest = latestFeedbackThrough(contract.feedback, through);
  const { outcome, reason } = outcomeOf(contract, end !== undefined, workMonths > 0, longTerm, latest?.ratingTenths);
  const assessment: ContractAssessment = {
    contractId: contract.id,
    clientId: contract.clientId,
    outcome,
    reason,
    weightQuarters: weightQuarters(earnedBaseMinor, paidMonths, minorPerMajor),
    eligible: reason !== 'cancelledByClientBeforeWork',
    earnedBaseMinor,
    workMonths,
    paidMonths,
    longTerm,
    rehire: contract.rehire,
  };
  if (latest !== undefined) {
    assessment.feedbackId = latest.id;
    assessment.ratingTenths = latest.ratingTenths;
  }
  if (end !== undefined) assessment.endedOn = end;
  return { assessment, inWindow };
}

type WindowTotals = Omit<WindowScore, 'months' | 'after' | 'through' | 'assessments'>;

/** The score of a window from its assessments alone: the arithmetic of step 4. */
export function windowTotals(assessments: Iterable<ContractAssessment>): WindowTotals {
  let successQuarters = 0;
  let failureQuarters = 0;
  let countedQuarters = 0;
  let eligibleContracts = 0;
  const clients = new Set<string>();
  for (const assessment of assessments) {
    if (assessment.eligible) {
      eligibleContracts += 1;
      clients.add(assessment.clientId);
    }
    if (assessment.outcome === 'notCounted') continue;
    countedQuarters += assessment.weightQuarters;
    if (assessment.outcome === 'success') successQuarters += assessment.weightQuarters;
    if (assessment.outcome === 'failure') failureQuarters += assessment.weightQuarters;
  }
  const totals: WindowTotals = { successQuarters, failureQuarters, countedQuarters, eligibleContracts, eligibleClients: clients.size };
  if (eligibleContracts < MIN_ELIGIBLE_CONTRACTS || clients.size < MIN_ELIGIBLE_CLIENTS) {
    totals.missing = `Needs at least ${MIN_ELIGIBLE_CONTRACTS} eligible contracts from ${MIN_ELIGIBLE_CLIENTS} clients; this window has ${eligibleContracts} from ${clients.size}.`;
  } else if (countedQuarters === 0) {
    totals.missing = 'Every contract in this window ended by the client’s doing, so nothing counts yet.';
  } else {
    totals.scoreTenths = scoreTenths(successQuarters - failureQuarters, countedQuarters);
  }
  return totals;
}

/** 1000 × net ÷ total, rounded half up in integers, at least 0. */
function scoreTenths(netQuarters: number, countedQuarters: number): number {
  if (netQuarters <= 0) return 0;
  return Math.floor((2000 * netQuarters + countedQuarters) / (2 * countedQuarters));
}

/** The best score among windows that qualify; the shortest window wins a tie. */
function bestWindow<T extends { scoreTenths?: number }>(windows: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const window of windows) {
    if (window.scoreTenths === undefined) continue;
    if (best === undefined || (best.scoreTenths ?? 0) < window.scoreTenths) best = window;
  }
  return best;
}

/** Job success on one day (`YYYY-MM-DD`): every window, and the best one that qualifies. */
export function jobSuccessAt(prepared: PreparedJobSuccess, asOf: string): JobSuccess {
  const afters = JOB_SUCCESS_WINDOW_MONTHS.map((months) => addLocalMonths(asOf, -months));
  const assessmentsByWindow: ContractAssessment[][] = afters.map(() => []);
  for (const contract of prepared.contracts) {
    const assessed = assess(contract, afters, asOf, prepared.minorPerMajor);
    if (assessed === undefined) continue;
    assessed.inWindow.forEach((inside, index) => {
      if (inside) assessmentsByWindow[index]?.push(assessed.assessment);
    });
  }
  const windows = JOB_SUCCESS_WINDOW_MONTHS.map((months, index): WindowScore => {
    const assessments = assessmentsByWindow[index] ?? [];
    return { months, after: afters[index] ?? asOf, through: asOf, assessments, ...windowTotals(assessments) };
  });
  const best = bestWindow(windows);
  const result: JobSuccess = { asOf, windows };
  if (best !== undefined) {
    result.best = best;
    result.scoreTenths = best.scoreTenths;
  }
  return result;
}

/** The score at the end of each week, oldest first: the line of the standing chart. */
export function weeklyJobSuccess(prepared: PreparedJobSuccess, weekEnds: readonly string[]): { weekEnd: string; scoreTenths?: number }[] {
  return weekEnds.map((weekEnd) => {
    const { scoreTenths: score } = jobSuccessAt(prepared, weekEnd);
    return score === undefined ? { weekEnd } : { weekEnd, scoreTenths: score };
  });
}

/**
 * What each contract does to a window's score: the score with it minus the score without it, in tenths of a point
 * ("which jobs move my score"). Contracts that do not count move nothing.
 */
export function contractImpacts(window: WindowScore): { contractId: string; pointsTenths: number }[] {
  const score = window.scoreTenths ?? 0;
  return window.assessments.map((assessment) => {
    if (assessment.outcome === 'notCounted') return { contractId: assessment.contractId, pointsTenths: 0 };
    const without = windowTotals(window.assessments.filter((other) => other !== assessment));
    return { contractId: assessment.contractId, pointsTenths: score - (without.scoreTenths ?? 0) };
  });
}

export type ContractChangeKind = 'entered' | 'left' | 'changed';

export interface ContractChange {
  contractId: string;
  kind: ContractChangeKind;
  /** How the contract counted on the first day and on the second, in the longest window that holds it. */
  before?: ContractAssessment;
  after?: ContractAssessment;
  /** Points this change moved the score, in tenths; the contributions add up to the whole change. */
  pointsTenths: number;
}

export interface ScoreChange {
  from: JobSuccess;
  to: JobSuccess;
  /** The whole change in tenths; absent when either day has no score. */
  differenceTenths?: number;
  changes: ContractChange[];
}

type WindowStates = Map<string, ContractAssessment>[];

function sameAssessment(a: ContractAssessment | undefined, b: ContractAssessment | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.outcome === b.outcome && a.weightQuarters === b.weightQuarters && a.eligible === b.eligible && a.clientId === b.clientId;
}

function statesOf(score: JobSuccess): WindowStates {
  return score.windows.map((window) => new Map(window.assessments.map((assessment) => [assessment.contractId, assessment])));
}

function bestScoreOfStates(states: WindowStates): number {
  return bestWindow(states.map((state) => windowTotals(state.values())))?.scoreTenths ?? 0;
}

function longestHolding(states: WindowStates, contractId: string): ContractAssessment | undefined {
  for (let index = states.length - 1; index >= 0; index -= 1) {
    const found = states[index]?.get(contractId);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * Why the score moved between two days: each contract that entered a window, left one, or now counts differently,
 * with the points it moved. The contracts are applied one at a time, those entering first and those leaving last,
 * and each is credited with the change of the best score at its step; so the contributions add up exactly to the
 * difference, and the steps in between never lose the contracts a window needs to qualify.
 */
export function explainScoreChange(prepared: PreparedJobSuccess, fromDay: string, toDay: string): ScoreChange {
  const from = jobSuccessAt(prepared, fromDay);
  const to = jobSuccessAt(prepared, toDay);
  const fromStates = statesOf(from);
  const toStates = statesOf(to);
  const ids = new Set<string>();
  for (const state of [...fromStates, ...toStates]) for (const id of state.keys()) ids.add(id);

  const moved: { contractId: string; kind: ContractChangeKind }[] = [];
  for (const contractId of ids) {
    const differs = fromStates.some((state, index) => !sameAssessment(state.get(contractId), toStates[index]?.get(contractId)));
    if (!differs) continue;
    const wasIn = fromStates.some((state) => state.has(contractId));
    const isIn = toStates.some((state) => state.has(contractId));
    moved.push({ contractId, kind: !wasIn ? 'entered' : !isIn ? 'left' : 'changed' });
  }
  const order: Record<ContractChangeKind, number> = { entered: 0, changed: 1, left: 2 };
  moved.sort((a, b) => order[a.kind] - order[b.kind] || compareText(a.contractId, b.contractId));

  const states = fromStates.map((state) => new Map(state));
  let previous = bestScoreOfStates(states);
  const changes: ContractChange[] = moved.map(({ contractId, kind }) => {
    states.forEach((state, index) => {
      const next = toStates[index]?.get(contractId);
      if (next === undefined) state.delete(contractId);
      else state.set(contractId, next);
    });
    const current = bestScoreOfStates(states);
    const change: ContractChange = { contractId, kind, pointsTenths: current - previous };
    previous = current;
    const before = longestHolding(fromStates, contractId);
    const after = longestHolding(toStates, contractId);
    if (before !== undefined) change.before = before;
    if (after !== undefined) change.after = after;
    return change;
  });
  const result: ScoreChange = { from, to, changes };
  if (from.scoreTenths !== undefined && to.scoreTenths !== undefined) result.differenceTenths = to.scoreTenths - from.scoreTenths;
  return result;
}
