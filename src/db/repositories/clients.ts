import { Dexie } from 'dexie';
import { isKnownCountryCode, isKnownCurrencyCode } from '../../domain/clients/client-codes';
import { revealsSecret } from '../../domain/clients/client-public-view';
import { invoiceOutstandingMinor } from '../../domain/invoices/invoice-status';
import { clientInputSchema, type Client, type ClientInput, type Feedback, type Invoice, type Payment, type Project, type Rollup } from '../../domain/model';
import { localDayKey } from '../../domain/time/local-calendar';
import type { ReputeDb } from '../db';
import { listFeedback } from './feedback';
import { listInvoices, listInvoicesAwaitingPayment } from './invoices';
import { listPayments } from './payments';
import { listProjects } from './projects';
import { hasErrors, isLive, mergeErrors, newRecordMeta, noSuchRecord, parseInput, setDeletedAt, updatedMeta } from './record-commands';
import { listRollupsForMonths } from './rollups';
import { failed, succeeded, type FieldErrors, type WriteResult } from './write-result';

/**
 * Rules beyond the schema's shape: codes must name a real country and currency, and a confidential client's alias
 * must not give away what it hides. Codes are checked only when new or changed, so a client stored under an older
 * list stays editable; a code in the wrong shape is left to the schema's own message.
 */
function clientRuleErrors(value: ClientInput, stored?: Client): FieldErrors {
  const errors: FieldErrors = {};
  const country = value.country;
  if (country !== undefined && /^[A-Z]{2}$/.test(country) && country !== stored?.country && !isKnownCountryCode(country)) {
    errors.country = 'No country has this code; use a two-letter code such as DE or US';
  }
  if (/^[A-Z]{3}$/.test(value.currency) && value.currency !== stored?.currency && !isKnownCurrencyCode(value.currency)) {
    errors.currency = 'No currency has this code; use one such as EUR, USD or GBP';
  }
  const hidden = [value.name, value.company ?? '', value.email ?? ''].map((text) => text.trim()).filter((text) => text !== '');
  if (value.confidential && value.publicAlias !== undefined && revealsSecret(value.publicAlias, hidden)) {
    errors.publicAlias = 'The alias must not contain the client’s name, company or email';
  }
  return errors;
}

/** The schema's messages and the rules' together, so a form can show every problem at once. */
function validated(candidate: ClientInput, stored?: Client): WriteResult<ClientInput> {
  const parsed = parseInput(clientInputSchema, candidate);
  const errors = mergeErrors(parsed.ok ? {} : parsed.errors, clientRuleErrors(parsed.ok ? parsed.value : candidate, stored));
  return parsed.ok && !hasErrors(errors) ? parsed : failed(errors);
}

/**
 * Every message createClient (or updateClient, given the id) would answer for this input, without writing anything:
 * lets a form show them all at once while one of its own fields cannot be read yet.
 */
export async function clientInputErrors(db: ReputeDb, input: Partial<ClientInput>, id?: string): Promise<FieldErrors> {
  const stored = id === undefined ? undefined : await db.clients.get(id);
  const result = validated(mergedClient(stored, input), stored);
  return result.ok ? {} : result.errors;
}

/** A patch over the stored client, or over the blank fields a new one starts from. */
function mergedClient(stored: Client | undefined, patch: Partial<ClientInput>): ClientInput {
  return { name: '', currency: '', paymentTermsDays: 0, platform: 'direct', confidential: false, tags: [], ...stored, ...patch };
}

export function createClient(db: ReputeDb, input: ClientInput): Promise<WriteResult<Client>> {
  return db.transaction('rw', db.clients, async () => {
    const result = validated(input);
    if (!result.ok) return failed<Client>(result.errors);
    const client: Client = { ...newRecordMeta(Date.now()), ...result.value };
    await db.clients.add(client);
    return succeeded(client);
  });
}

/** Merges the patch into the stored client and validates the whole; a patch field set to undefined clears it. */
export function updateClient(db: ReputeDb, id: string, patch: Partial<ClientInput>): Promise<WriteResult<Client>> {
  return db.transaction('rw', db.clients, async () => {
    const stored = await db.clients.get(id);
    if (stored === undefined) return noSuchRecord<Client>('client');
    const result = validated(mergedClient(stored, patch), stored);
    if (!result.ok) return failed<Client>(result.errors);
    const client: Client = { ...updatedMeta(stored, Date.now()), ...result.value };
    await db.clients.put(client);
    return succeeded(client);
  });
}

/** Archived clients leave the everyday lists but keep everything; archiving again keeps the first date. */
export function archiveClient(db: ReputeDb, id: string, now = Date.now()): Promise<WriteResult<Client>> {
  return db.transaction('rw', db.clients, async () => {
    const stored = await db.clients.get(id);
    if (stored === undefined) return noSuchRecord<Client>('client');
    if (stored.archivedAt !== undefined) return succeeded(stored);
    return updateClient(db, id, { archivedAt: now });
  });
}

export function unarchiveClient(db: ReputeDb, id: string): Promise<WriteResult<Client>> {
  return updateClient(db, id, { archivedAt: undefined });
}

async function deleteBlockers(db: ReputeDb, id: string): Promise<string[]> {
  const [entry, invoice, payment, feedback] = await Promise.all([
    db.timeEntries.where('[clientId+start]').between([id, Dexie.minKey], [id, Dexie.maxKey]).filter(isLive).first(),
    db.invoices.where('clientId').equals(id).filter(isLive).first(),
    db.payments.where('clientId').equals(id).filter(isLive).first(),
    db.feedback.where('clientId').equals(id).filter(isLive).first(),
  ]);
  const blockers: string[] = [];
  if (entry !== undefined) blockers.push('tracked time');
  if (invoice !== undefined) blockers.push('invoices');
  if (payment !== undefined) blockers.push('payments');
  if (feedback !== undefined) blockers.push('feedback');
  return blockers;
}

function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

/**
 * Soft delete, for a client entered by mistake: its projects go with it (same deletedAt, so restore brings back
 * exactly those). A client with tracked time, invoices, payments or feedback is refused: that history belongs to the
 * books, and archiving is the way to put such a client away.
 */
export function deleteClient(db: ReputeDb, id: string, now = Date.now()): Promise<WriteResult<Client>> {
  return db.transaction('rw', [db.clients, db.projects, db.timeEntries, db.invoices, db.payments, db.feedback], async () => {
    const stored = await db.clients.get(id);
    if (stored === undefined) return noSuchRecord<Client>('client');
    if (stored.deletedAt !== undefined) return succeeded(stored);
    const blockers = await deleteBlockers(db, id);
    if (blockers.length > 0) return failed<Client>({ id: `${stored.name} has ${listInWords(blockers)}, so it cannot be deleted; archive it instead` });
    await db.projects.where('clientId').equals(id).filter(isLive).modify({ deletedAt: now, updatedAt: now });
    const change = await setDeletedAt(db.clients, id, now);
    return succeeded(change?.after ?? stored);
  });
}

/** Undoes deleteClient: the client and the projects deleted with it come back. */
export function restoreClient(db: ReputeDb, id: string): Promise<WriteResult<Client>> {
  return db.transaction('rw', [db.clients, db.projects], async () => {
    const stored = await db.clients.get(id);
    if (stored === undefined) return noSuchRecord<Client>('client');
    const deletedAt = stored.deletedAt;
    if (deletedAt === undefined) return succeeded(stored);
    const now = Date.now();
    await db.projects
      .where('clientId')
      .equals(id)
      .filter((project) => project.deletedAt === deletedAt)
      .modify((project) => {
        delete project.deletedAt;
        project.updatedAt = now;
      });
    const change = await setDeletedAt(db.clients, id, undefined);
    return succeeded(change?.after ?? stored);
  });
}

/** Returns soft-deleted clients too (check deletedAt), so undo screens can show what they restore. */
export function getClient(db: ReputeDb, id: string): Promise<Client | undefined> {
  return db.clients.get(id);
}

function matchesSearch(client: Client, needle: string): boolean {
  const haystack = [client.name, client.company, client.email, client.publicAlias, ...client.tags];
  return haystack.some((text) => text !== undefined && text.toLocaleLowerCase().includes(needle));
}

/**
 * Live clients sorted by name. Archived ones only with includeArchived; search matches name, company, email,
 * public alias and tags, ignoring case.
 */
export async function listClients(db: ReputeDb, options: { includeArchived?: boolean; search?: string } = {}): Promise<Client[]> {
  const needle = options.search?.trim().toLocaleLowerCase() ?? '';
  // Read whole and filtered here: a Dexie .filter() would walk a cursor one client (and one task) at a time.
  const clients = (await db.clients.toArray()).filter(
    (client) => isLive(client) && (options.includeArchived === true || client.archivedAt === undefined) && (needle === '' || matchesSearch(client, needle)),
  );
  return clients.sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }) || a.id.localeCompare(b.id));
}

/** One client as the list shows it. */
export interface ClientListEntry {
  client: Client;
  /** The latest day with tracked time, an issued invoice or a payment. */
  lastActivityDay: string | undefined;
  /** All-time received per currency, from the rollups. */
  received: { currency: string; amountMinor: number }[];
  /** Still owed per currency on invoices awaiting payment. */
  outstanding: { currency: string; amountMinor: number }[];
}

async function lastActivityDay(db: ReputeDb, clientId: string): Promise<string | undefined> {
  const [entry, invoice, payment] = await Promise.all([
    db.timeEntries.where('[clientId+start]').between([clientId, Dexie.minKey], [clientId, Dexie.maxKey]).reverse().filter(isLive).first(),
    db.invoices.where('[clientId+issueDate]').between([clientId, Dexie.minKey], [clientId, Dexie.maxKey]).reverse().filter(isLive).first(),
    db.payments.where('[clientId+date]').between([clientId, Dexie.minKey], [clientId, Dexie.maxKey]).reverse().filter(isLive).first(),
  ]);
  const days = [entry === undefined ? undefined : localDayKey(entry.start, entry.timeZone), invoice?.issueDate, payment?.date];
  return days.reduce<string | undefined>((latest, day) => (day !== undefined && (latest === undefined || day > latest) ? day : latest), undefined);
}

function addAmount(totals: Map<string, Map<string, number>>, clientId: string, currency: string, amountMinor: number): void {
  if (amountMinor === 0) return;
  const byCurrency = totals.get(clientId) ?? new Map<string, number>();
  byCurrency.set(currency, (byCurrency.get(currency) ?? 0) + amountMinor);
  totals.set(clientId, byCurrency);
}

function amountsOf(totals: Map<string, Map<string, number>>, clientId: string): { currency: string; amountMinor: number }[] {
  return [...(totals.get(clientId) ?? new Map<string, number>()).entries()]
    .map(([currency, amountMinor]) => ({ currency, amountMinor }))
    .sort((a, b) => a.currency.localeCompare(b.currency));
}

/**
 * Every live client (archived ones too) with what the list sorts and shows: received from the rollups, outstanding
 * from the invoices awaiting payment (read through the status index), last activity from three indexed reads each.
 */
export async function listClientEntries(db: ReputeDb): Promise<ClientListEntry[]> {
  const [clients, rollups, unpaid] = await Promise.all([
    listClients(db, { includeArchived: true }),
    listRollupsForMonths(db, { fromMonth: '0000-01', toMonth: '9999-12' }),
    listInvoicesAwaitingPayment(db),
  ]);
  const received = new Map<string, Map<string, number>>();
  for (const rollup of rollups) addAmount(received, rollup.clientId, rollup.currency, rollup.receivedMinor);
  const outstanding = new Map<string, Map<string, number>>();
  for (const invoice of unpaid) addAmount(outstanding, invoice.clientId, invoice.currency, invoiceOutstandingMinor(invoice));
  const activity = await Promise.all(clients.map((client) => lastActivityDay(db, client.id)));
  return clients.map((client, index) => ({
    client,
    lastActivityDay: activity[index],
    received: amountsOf(received, client.id),
    outstanding: amountsOf(outstanding, client.id),
  }));
}

/** Everything the client's page shows, read in one go. */
export interface ClientOverview {
  client: Client;
  projects: Project[];
  rollups: Rollup[];
  invoices: Invoice[];
  payments: Payment[];
  feedback: Feedback[];
}

/** The client with its projects, rollups (by the [clientId+month] index), invoices, payments and feedback. */
export async function getClientOverview(db: ReputeDb, id: string): Promise<ClientOverview | undefined> {
  const client = await db.clients.get(id);
  if (client === undefined || client.deletedAt !== undefined) return undefined;
  const [projects, rollups, invoices, payments, feedback] = await Promise.all([
    listProjects(db, { clientId: id }),
    db.rollups.where('[clientId+month]').between([id, Dexie.minKey], [id, Dexie.maxKey]).toArray(),
    listInvoices(db, { clientId: id }),
    listPayments(db, { clientId: id }),
    listFeedback(db, { clientId: id }),
  ]);
  return { client, projects, rollups, invoices, payments, feedback };
}

/** Distinct tags used on live clients, sorted, for the tag filter and the tag field's suggestions. */
export async function listClientTags(db: ReputeDb): Promise<string[]> {
  const tags = (await db.clients.orderBy('tags').filter(isLive).keys()).map(String);
  return [...new Set(tags)].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base' }));
}
