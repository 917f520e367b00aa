import type { Client, Credential, Feedback, Invoice, Payment, Project, ProjectRollup, Proposal } from '../../domain/model';
import type { ReputeDb } from '../db';
import { isLive } from './record-commands';

/** Everything the Reputation screen computes from, read in one go. */
export interface ReputationRecords {
  clients: Client[];
  projects: Project[];
  /** Every project × month total: each contract's hours, earnings and months of work, without a time entry read. */
  projectRollups: ProjectRollup[];
  feedback: Feedback[];
  proposals: Proposal[];
  credentials: Credential[];
  /** Live payments and invoices dated (issued) from `paymentsFrom`, for the days clients take to pay. */
  payments: Payment[];
  invoices: Invoice[];
}

/**
 * The Reputation screen's records. Projects, feedback, proposals and clients are a few hundred to a few thousand rows
 * read whole; hours and earnings come from the project rollups; payments and invoices only from `paymentsFrom`, each
 * through its date index in one range (a get per settled invoice took a hundred milliseconds on ten years' history).
 */
export async function readReputationRecords(db: ReputeDb, options: { paymentsFrom: string }): Promise<ReputationRecords> {
  return db.transaction('r', [db.clients, db.projects, db.projectRollups, db.feedback, db.proposals, db.credentials, db.payments, db.invoices], async () => {
    const [clients, projects, projectRollups, feedback, proposals, credentials, payments, invoices] = await Promise.all([
      db.clients.toArray(),
      db.projects.toArray(),
      db.projectRollups.toArray(),
      db.feedback.toArray(),
      db.proposals.toArray(),
      db.credentials.toArray(),
      db.payments.where('date').aboveOrEqual(options.paymentsFrom).toArray(),
      db.invoices.where('issueDate').aboveOrEqual(options.paymentsFrom).toArray(),
    ]);
    return {
      clients: clients.filter(isLive),
      projects: projects.filter(isLive),
      projectRollups,
      feedback: feedback.filter(isLive),
      proposals: proposals.filter(isLive),
      credentials: credentials.filter(isLive),
      payments: payments.filter(isLive),
      invoices: invoices.filter(isLive),
    };
  });
}
