import type { Client, Credential, Feedback, Project, ProjectTotals, Proposal, Settlement } from '../../domain/model';
import type { ReputeDb } from '../db';
import { isLive } from './record-commands';

/** Everything the Reputation screen computes from, read in one go. */
export interface ReputationRecords {
  clients: Client[];
  projects: Project[];
  /** Every project's totals by month: each contract's hours, earnings and months of work, without a time entry read. */
  projectTotals: ProjectTotals[];
  feedback: Feedback[];
  credentials: Credential[];
  /** Live proposals sent or decided from the window's first day (a day early: the day is the freelancer's, in their zone). */
  proposals: Proposal[];
  /** Invoices settled from the window's first day. */
  settlements: Settlement[];
}

/** Longer than any zone's offset from UTC, so no proposal of the window's first local day is left unread. */
const ZONE_SLACK_MS = 2 * 24 * 3_600_000;

/**
 * The Reputation screen's records. Job success and the weekly standing need every contract and its feedback, so
 * projects, their totals, feedback and clients are read whole (a few hundred to a thousand rows, one per project for
 * the totals); proposals and settlements count only in the chosen window, and are read from its first day (its month,
 * for settlements) through their date indexes.
 */
export async function readReputationRecords(db: ReputeDb, window: { from: string }): Promise<ReputationRecords> {
  const fromInstant = Date.parse(`${window.from}T00:00:00Z`) - ZONE_SLACK_MS;
  return db.transaction('r', [db.clients, db.projects, db.projectTotals, db.feedback, db.proposals, db.credentials, db.settlementMonths], async () => {
    const [clients, projects, projectTotals, feedback, credentials, sent, decided, settledMonths] = await Promise.all([
      db.clients.toArray(),
      db.projects.toArray(),
      db.projectTotals.toArray(),
      db.feedback.toArray(),
      db.credentials.toArray(),
      db.proposals.where('submittedAt').aboveOrEqual(fromInstant).toArray(),
      db.proposals.where('decidedAt').aboveOrEqual(fromInstant).toArray(),
      db.settlementMonths.where('month').aboveOrEqual(window.from.slice(0, 7)).toArray(),
    ]);
    const proposals = new Map([...sent, ...decided].map((proposal) => [proposal.id, proposal]));
    return {
      clients: clients.filter(isLive),
      projects: projects.filter(isLive),
      projectTotals,
      feedback: feedback.filter(isLive),
      credentials: credentials.filter(isLive),
      proposals: [...proposals.values()].filter(isLive),
      settlements: settledMonths.flatMap((month) => month.settlements).filter((settlement) => settlement.settledOn >= window.from),
    };
  });
}
