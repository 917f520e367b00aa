import { Dexie, type Table } from 'dexie';
import type {
  Attachment,
  Client,
  Credential,
  DayTotalsMonth,
  Feedback,
  ImportRecord,
  Invoice,
  Payment,
  Project,
  ProjectTotals,
  Proposal,
  Rollup,
  Settings,
  SettlementMonth,
  TimeEntry,
} from '../domain/model';
import { declareSchemaVersions } from './schema';

// Dexie turns on long async stack traces for pages served from localhost, as the benchmark and `npm run web` are;
// they cost time on every query. The desktop app, served from its own scheme, never has them: builds match it, and
// the dev server keeps them for whoever is debugging.
if (import.meta.env.PROD) Dexie.debug = false;

export class ReputeDb extends Dexie {
  declare settings: Table<Settings, string>;
  declare clients: Table<Client, string>;
  declare projects: Table<Project, string>;
  declare proposals: Table<Proposal, string>;
  declare timeEntries: Table<TimeEntry, string>;
  declare invoices: Table<Invoice, string>;
  declare payments: Table<Payment, string>;
  declare feedback: Table<Feedback, string>;
  declare credentials: Table<Credential, string>;
  declare attachments: Table<Attachment, string>;
  declare imports: Table<ImportRecord, string>;
  declare rollups: Table<Rollup, string>;
  declare projectTotals: Table<ProjectTotals, string>;
  declare settlementMonths: Table<SettlementMonth, string>;
  declare dayTotalMonths: Table<DayTotalsMonth, string>;

  constructor(name: string) {
    // Strict durability: a write resolves only once it is on disk, because it may be money or tracked time.
    super(name, { chromeTransactionDurability: 'strict' });
    declareSchemaVersions(this);
  }
}

/** Opens (lazily, on first query) the database with this name at the current schema version. */
export function openReputeDb(name = 'repute'): ReputeDb {
  return new ReputeDb(name);
}
