import type { BusinessIdentity, Client, Credential, Feedback, Invoice, Payment, Project, Proposal, Settings, TimeEntry } from '../../domain/model';
import { groupSettlementsByMonth, settlementsFromRecords } from '../../domain/invoices/invoice-settlement';
import { recomputeDayTotalMonths, recomputeProjectTotals, recomputeRollups } from '../../domain/rollups/recompute-rollups';
import type { ReputeDb } from '../db';
import { getSettings } from './settings';
import { failed, succeeded, type WriteResult } from './write-result';

export type DemoCounts = Record<'clients' | 'projects' | 'proposals' | 'timeEntries' | 'invoices' | 'payments' | 'feedback' | 'credentials', number>;

const BUSINESS_FIELDS = ['name', 'address', 'email', 'taxId', 'paymentInstructions'] as const satisfies readonly (keyof BusinessIdentity)[];

/** The records a demo writes; the demo itself lives outside the database layer, in src/demo. */
export interface DemoDataset {
  clients: Client[];
  projects: Project[];
  proposals: Proposal[];
  timeEntries: TimeEntry[];
  invoices: Invoice[];
  payments: Payment[];
  feedback: Feedback[];
  credentials: Credential[];
  /** The invoice sequence a real invoice continues with after the demo's numbers. */
  nextInvoiceSequence: number;
}

export interface DemoPersona {
  business: BusinessIdentity;
  portfolioProfile: { headline: string; summary: string };
}

/** What a demo is made of: its records, generated for the user's time zone and clock, and the business behind them. */
export interface DemoSource {
  generate: (options: { now: number; timeZone: string }) => DemoDataset;
  persona: DemoPersona;
}

/** Fills only what the user has left empty: a demo never overwrites their own identity or profile. */
function withDemoIdentity(settings: Settings, dataset: DemoDataset, persona: DemoPersona, now: number): Settings {
  const business = { ...settings.business };
  for (const key of BUSINESS_FIELDS) {
    if (business[key].trim() === '') business[key] = persona.business[key];
  }
  const profile = settings.portfolioProfile;
  return {
    ...settings,
    business,
    portfolioProfile: {
      ...profile,
      headline: profile.headline === '' ? persona.portfolioProfile.headline : profile.headline,
      summary: profile.summary === '' ? persona.portfolioProfile.summary : profile.summary,
    },
    nextInvoiceSequence: Math.max(settings.nextInvoiceSequence, dataset.nextInvoiceSequence),
    createdAt: settings.createdAt === 0 ? now : settings.createdAt,
    updatedAt: now,
  };
}

/**
 * Loads the demo freelancer's history, rollups and demo business identity in one transaction. Refuses (resolving
 * `{ ok: false }`) when the database already holds clients, so a demo never mixes with real data. The dataset is
 * generated inside the transaction, from the stored time zone, with no await between reading it and writing.
 */
export async function loadDemoData(db: ReputeDb, source: DemoSource, options: { now?: number } = {}): Promise<WriteResult<DemoCounts>> {
  const now = options.now ?? Date.now();
  const tables = [db.settings, db.clients, db.projects, db.proposals, db.timeEntries, db.invoices, db.payments, db.feedback, db.credentials, db.rollups, db.projectTotals, db.dayTotalMonths, db.settlementMonths];
  return db.transaction('rw', tables, async () => {
    if ((await db.clients.count()) > 0) {
      return failed<DemoCounts>({ database: 'This database already holds clients; erase all data before loading the demo' });
    }
    const settings = await getSettings(db);
    const dataset = source.generate({ now, timeZone: settings.timeZone });
    await db.clients.bulkAdd(dataset.clients);
    await db.projects.bulkAdd(dataset.projects);
    await db.proposals.bulkAdd(dataset.proposals);
    await db.timeEntries.bulkAdd(dataset.timeEntries);
    const { invoices, settlements } = settlementsFromRecords(dataset.invoices, dataset.payments);
    await db.invoices.bulkAdd(invoices);
    await db.payments.bulkAdd(dataset.payments);
    await db.feedback.bulkAdd(dataset.feedback);
    await db.credentials.bulkAdd(dataset.credentials);
    await db.rollups.bulkPut(recomputeRollups(dataset));
    await db.projectTotals.bulkPut(recomputeProjectTotals(dataset));
    await db.dayTotalMonths.bulkPut(recomputeDayTotalMonths(dataset.timeEntries));
    await db.settlementMonths.bulkPut(groupSettlementsByMonth(settlements));
    await db.settings.put(withDemoIdentity(settings, dataset, source.persona, now));
    return succeeded<DemoCounts>({
      clients: dataset.clients.length,
      projects: dataset.projects.length,
      proposals: dataset.proposals.length,
      timeEntries: dataset.timeEntries.length,
      invoices: dataset.invoices.length,
      payments: dataset.payments.length,
      feedback: dataset.feedback.length,
      credentials: dataset.credentials.length,
    });
  });
}

/** Empties every table, settings included, in one transaction. */
export async function eraseAllData(db: ReputeDb): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
  });
}

/** Whether any record (deleted ones included) is stored besides settings and rollups. */
export async function hasAnyData(db: ReputeDb): Promise<boolean> {
  const tables = [db.clients, db.projects, db.proposals, db.timeEntries, db.invoices, db.payments, db.feedback, db.credentials, db.attachments, db.imports];
  return db.transaction('r', tables, async () => {
    for (const table of tables) if ((await table.count()) > 0) return true;
    return false;
  });
}
