import { daysBetween } from '../clients/client-metrics';
import { groupBy } from '../collections/group-by';
import type { Project } from '../model';
import { firstResponse, median, type ProposalResponse } from '../proposals/proposal-metrics';
import { PROPOSAL_STATUS_LABELS } from '../proposals/proposal-status';
import { localDayKey } from '../time/local-calendar';
import { figure, isDayInWindow, projectRunsInWindow, type DayWindow, type Figure, type FigureRecord, type Ratio } from './figure';
import { figureRecordLabels, live, type FigureSources } from './figure-records';
import { LONG_TERM_MONTHS } from './job-success';
import type { ContractTotals } from './reputation-contracts';

const HOUR_MS = 3_600_000;
const NO_CONTRACT_RAN = 'No contract ran in this window';

type ClientRecords = Pick<FigureSources, 'clients' | 'projects'>;

function ratio(part: number, whole: number): Ratio | undefined {
  return whole === 0 ? undefined : { part, whole };
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function byStartThenId(a: Project, b: Project): number {
  return a.startDate.localeCompare(b.startDate) || a.id.localeCompare(b.id);
}

/**
 * The clients with a contract running in the window, each with all its contracts started by the window's end, in
 * the order they started: what both the rehire rate and the share of long-term clients look at.
 */
function clientsOfWindow(projects: readonly Project[], window: DayWindow): Array<{ clientId: string; contracts: Project[] }> {
  const started = live(projects)
    .filter((project) => project.startDate <= window.to)
    .sort(byStartThenId);
  const running = new Set(started.filter((project) => projectRunsInWindow(project, window)).map((project) => project.clientId));
  const byClient = groupBy(
    started.filter((project) => running.has(project.clientId)),
    (project) => project.clientId,
  );
  return [...byClient].map(([clientId, contracts]) => ({ clientId, contracts }));
}

function inStartOrder(records: ReadonlyArray<{ project: Project; record: FigureRecord }>): FigureRecord[] {
  return [...records].sort((a, b) => byStartThenId(a.project, b.project)).map(({ record }) => record);
}

const REHIRE_FORMULA = 'Clients with two or more contracts started by the end of the window ÷ clients with a contract running in the window';

/** A client is rehired once a second contract with it has started: the marketplaces' "rehire". */
export function rehireRate(records: ClientRecords, window: DayWindow): Figure<Ratio> {
  const labels = figureRecordLabels(records.clients, records.projects);
  const clients = clientsOfWindow(records.projects, window);
  const behind = clients.flatMap(({ contracts }) =>
    contracts.map((project, index) => {
      const note = contracts.length === 1 ? 'Only contract with this client so far' : index === 0 ? 'First contract with this client' : `Rehire: contract ${index + 1} with this client`;
      return { project, record: labels.project(project, { note }) };
    }),
  );
  const rehired = clients.filter(({ contracts }) => contracts.length >= 2).length;
  return figure(ratio(rehired, clients.length), inStartOrder(behind), REHIRE_FORMULA, NO_CONTRACT_RAN);
}

/**
 * A client is long-term once its work spans three or more distinct months by the end of the window. `totals` holds
 * each project's months of work (contractTotals, from the project totals).
 */
export function longTermClientShare(records: ClientRecords, window: DayWindow, totals: ReadonlyMap<string, Pick<ContractTotals, 'workMonths'>>): Figure<Ratio> {
  const labels = figureRecordLabels(records.clients, records.projects);
  const lastMonth = window.to.slice(0, 7);
  const clients = clientsOfWindow(records.projects, window).map(({ clientId, contracts }) => {
    const months = new Set(contracts.flatMap((project) => totals.get(project.id)?.workMonths ?? []).filter((month) => month <= lastMonth));
    return { clientId, contracts, months: months.size };
  });
  const behind = clients.flatMap(({ contracts, months }) => {
    const spans = plural(months, 'month', 'months');
    const note = months >= LONG_TERM_MONTHS ? `Long-term: this client’s work spans ${spans}` : months === 0 ? 'No work recorded for this client yet' : `This client’s work spans ${spans}`;
    return contracts.map((project) => ({ project, record: labels.project(project, { note }) }));
  });
  const longTerm = clients.filter(({ months }) => months >= LONG_TERM_MONTHS).length;
  return figure(
    ratio(longTerm, clients.length),
    inStartOrder(behind),
    `Clients whose work spans ${LONG_TERM_MONTHS} or more distinct months by the end of the window ÷ clients with a contract running in the window`,
    NO_CONTRACT_RAN,
  );
}

function endedInWindow(project: Project, window: DayWindow): project is Project & { endDate: string } {
  return project.endDate !== undefined && isDayInWindow(project.endDate, window);
}

function byEndThenId(a: Project & { endDate: string }, b: Project & { endDate: string }): number {
  return a.endDate.localeCompare(b.endDate) || a.id.localeCompare(b.id);
}

/** Completed projects with a due date that ended in the window, and how many ended by that date. */
export function onTimeDelivery(records: ClientRecords, window: DayWindow): Figure<Ratio> {
  const labels = figureRecordLabels(records.clients, records.projects);
  const delivered = live(records.projects)
    .filter((project) => project.status === 'completed' && project.dueDate !== undefined)
    .filter((project) => endedInWindow(project, window))
    .sort(byEndThenId);
  const behind = delivered.map((project) => {
    const late = daysBetween(project.dueDate ?? project.endDate, project.endDate);
    return { late, record: labels.project(project, { date: project.endDate, note: late > 0 ? `${plural(late, 'day', 'days')} late` : 'On time' }) };
  });
  return figure(
    ratio(behind.filter(({ late }) => late <= 0).length, behind.length),
    behind.map(({ record }) => record),
    'Completed projects that ended on or before their due date ÷ completed projects with a due date that ended in the window',
    'No completed project with a due date ended in this window',
  );
}

/** Contracts that ended (completed or cancelled) in the window, and how many have feedback dated by its end. */
export function feedbackShare(records: Pick<FigureSources, 'clients' | 'projects' | 'feedback'>, window: DayWindow): Figure<Ratio> {
  const labels = figureRecordLabels(records.clients, records.projects);
  const reviewed = new Set(live(records.feedback).filter((item) => item.date <= window.to).map((item) => item.projectId));
  const ended = live(records.projects)
    .filter((project) => project.status === 'completed' || project.status === 'cancelled')
    .filter((project) => endedInWindow(project, window))
    .sort(byEndThenId);
  const behind = ended.map((project) => labels.project(project, { date: project.endDate, note: reviewed.has(project.id) ? 'Has feedback' : 'No feedback' }));
  return figure(
    ratio(ended.filter((project) => reviewed.has(project.id)).length, ended.length),
    behind,
    'Contracts that ended in the window and have feedback dated by its end ÷ contracts that ended in the window',
    'No contract ended in this window',
  );
}

type ProposalRecords = Pick<FigureSources, 'clients' | 'proposals'>;

/**
 * Won ÷ decided, by the local day (in `timeZone`) each proposal was decided. A withdrawn proposal was the
 * freelancer's decision, not the client's, so it counts in neither, as on the Proposals screen.
 */
export function proposalWinRate(records: ProposalRecords, window: DayWindow, timeZone: string): Figure<Ratio> {
  const labels = figureRecordLabels(records.clients, []);
  const decided = live(records.proposals).flatMap((proposal) => {
    if ((proposal.status !== 'won' && proposal.status !== 'lost') || proposal.decidedAt === undefined) return [];
    const day = localDayKey(proposal.decidedAt, timeZone);
    return isDayInWindow(day, window) ? [{ proposal, day, decidedAt: proposal.decidedAt }] : [];
  });
  decided.sort((a, b) => a.decidedAt - b.decidedAt || a.proposal.id.localeCompare(b.proposal.id));
  return figure(
    ratio(decided.filter(({ proposal }) => proposal.status === 'won').length, decided.length),
    decided.map(({ proposal, day }) => labels.proposal(proposal, { date: day, note: PROPOSAL_STATUS_LABELS[proposal.status] })),
    'Proposals won ÷ proposals won or lost, on the day each was decided; withdrawn proposals count in neither',
    'No proposal was won or lost in this window',
  );
}

/** "Viewed after 30 h": the client's first reaction to a proposal, and how long it took. */
function reactionNote({ status, waitMs }: ProposalResponse): string {
  const what = PROPOSAL_STATUS_LABELS[status];
  return waitMs < HOUR_MS ? `${what} within the hour` : `${what} after ${Math.round(waitMs / HOUR_MS)} h`;
}

/**
 * The median wait from sending a proposal to the client's first reaction (viewed, interview, offer, won or lost;
 * the same reading as the Proposals screen's), over the proposals sent on a day of the window that got one.
 */
export function medianResponseTime(records: ProposalRecords, window: DayWindow, timeZone: string): Figure<number> {
  const labels = figureRecordLabels(records.clients, []);
  const sent = live(records.proposals).flatMap((proposal) => {
    if (proposal.submittedAt === undefined) return [];
    const day = localDayKey(proposal.submittedAt, timeZone);
    return isDayInWindow(day, window) ? [{ proposal, day, submittedAt: proposal.submittedAt }] : [];
  });
  const answered = sent
    .flatMap((item) => {
      const response = firstResponse(item.proposal);
      return response === undefined ? [] : [{ ...item, response }];
    })
    .sort((a, b) => a.submittedAt - b.submittedAt || a.proposal.id.localeCompare(b.proposal.id));
  return figure(
    median(answered.map(({ response }) => response.waitMs)),
    answered.map(({ proposal, day, response }) => labels.proposal(proposal, { date: day, note: reactionNote(response) })),
    'The middle value of the waits from sending a proposal to the client’s first reaction (viewed, interview, offer, won or lost), over the proposals sent in the window that got one; with an even count, the mean of the two middle values',
    sent.length === 0 ? 'No proposal was sent in this window' : 'No proposal sent in this window has had a reaction yet',
  );
}

/**
 * The median number of calendar days from issue to the payment that settled an invoice in full, over the invoices
 * (not credit notes) settled on a day of the window (see invoiceSettlement). A payment dated before the issue date
 * counts as 0 days.
 */
export function medianDaysToPay(records: Pick<FigureSources, 'clients' | 'settlements'>, window: DayWindow): Figure<number> {
  const labels = figureRecordLabels(records.clients, []);
  const settled = records.settlements.flatMap((settlement) =>
    isDayInWindow(settlement.settledOn, window) ? [{ settlement, days: Math.max(0, daysBetween(settlement.issueDate, settlement.settledOn)) }] : [],
  );
  settled.sort((a, b) => a.settlement.settledOn.localeCompare(b.settlement.settledOn) || a.settlement.invoiceId.localeCompare(b.settlement.invoiceId));
  return figure(
    median(settled.map(({ days }) => days)),
    settled.map(({ settlement, days }) =>
      labels.invoice({ id: settlement.invoiceId, number: settlement.number, clientId: settlement.clientId }, { date: settlement.settledOn, note: `Paid in ${plural(days, 'day', 'days')}` }),
    ),
    'The middle value of the days from each invoice’s issue date to the payment that settled it in full, over the invoices settled in the window; with an even count, the mean of the two middle values, rounded',
    'No invoice was paid in full in this window',
  );
}

export interface RelationshipFigures {
  rehireRate: Figure<Ratio>;
  longTermClients: Figure<Ratio>;
  onTimeDelivery: Figure<Ratio>;
  feedbackShare: Figure<Ratio>;
  proposalWinRate: Figure<Ratio>;
  /** Milliseconds. */
  medianResponseTime: Figure<number>;
  /** Whole calendar days. */
  medianDaysToPay: Figure<number>;
}

export interface RelationshipFigureOptions {
  /** Each project's totals (contractTotals, from the project totals): its months of work. */
  totals: ReadonlyMap<string, Pick<ContractTotals, 'workMonths'>>;
  /** The zone in which a proposal's instants fall on a day of the window. */
  timeZone: string;
}

export function relationshipFigures(
  records: Pick<FigureSources, 'clients' | 'projects' | 'feedback' | 'proposals' | 'settlements'>,
  window: DayWindow,
  { totals, timeZone }: RelationshipFigureOptions,
): RelationshipFigures {
  return {
    rehireRate: rehireRate(records, window),
    longTermClients: longTermClientShare(records, window, totals),
    onTimeDelivery: onTimeDelivery(records, window),
    feedbackShare: feedbackShare(records, window),
    proposalWinRate: proposalWinRate(records, window, timeZone),
    medianResponseTime: medianResponseTime(records, window, timeZone),
    medianDaysToPay: medianDaysToPay(records, window),
  };
}
