import { Dexie } from 'dexie';
import type { ImportedCounts, ImportedPayment, ImportedTimeEntry, ImportPreview, ParsedImport } from '../../domain/importers/import-types';
import type { Feedback, ImportRecord, Payment, Project } from '../../domain/model';
import { paymentContribution, timeEntryContribution, type RollupContribution } from '../../domain/rollups/rollup-contributions';
import type { ReputeDb } from '../db';
import { feedbackRecord, foldName, paymentRecord, planCreation, projectMappingKey, readMatches, sourceOf, timeEntryRecord } from './import-records';
import { newRecordMeta } from './record-commands';
import { applyRollupChange } from './rollups';
import { getSettings } from './settings';
import { failed, refusalsAsResults, succeeded, valueOrAbort, WriteRefused, type WriteResult } from './write-result';

export { foldName, projectMappingKey } from './import-records';

export interface ImportSummary {
  /** The import log row; '' when the file added nothing, so there is nothing to undo. */
  importId: string;
  added: ImportedCounts;
  skippedExisting: number;
}

export interface CommitImportInput {
  parsed: ParsedImport;
  fileName: string;
  fileHash: string;
  /** File client name → an existing client's id, or 'new'. Names left out use the preview's match, else 'new'. */
  clientMapping: Record<string, string>;
  /** `client\u0000project` → an existing project's id, or 'new'. */
  projectMapping: Record<string, string>;
  now: number;
  onProgress?: (done: number, total: number) => void;
  /**
   * The file's import keys previewImport found stored. Given, the commit starts from them rather than reading every
   * stored key of the format again; a key stored since the preview fails the add on the unique import key index,
   * which rolls the commit back, and it starts over from a fresh read.
   */
  storedKeys?: ReadonlySet<string>;
}

/**
 * Rows per bulk add. Each chunk is built, checked and handed to IndexedDB (which copies every row on the page's
 * thread) in one task: 500 rows made tasks of 200 to 500 ms on the benchmark's busy two-core machine, 200 keep them
 * under 120 ms there, and the rows per second stay the same.
 */
const CHUNK_ROWS = 200;

/** Only earnings become payments: withdrawals, refunds and adjustments move money but are not income from a client. */
function storablePayments(parsed: ParsedImport): ImportedPayment[] {
  return parsed.payments.filter((payment) => payment.kind === 'earning' && payment.amountMinor > 0);
}

function importTables(db: ReputeDb) {
  return [db.clients, db.projects, db.timeEntries, db.payments, db.imports, db.rollups, db.projectTotals, db.dayTotalMonths, db.settings, db.invoices, db.feedback, db.proposals];
}

/** The distinct `format:` prefixes of import keys, each read as one index range. */
function keyPrefixes(keys: readonly string[]): string[] {
  return [...new Set(keys.map((key) => `${key.slice(0, key.indexOf(':'))}:`))];
}

/**
 * The file's import keys already stored. Stored keys of the file's format are read as one index range each, rather
 * than looked up one by one: one pass over the index, however many rows the file has.
 */
async function existingKeys(db: ReputeDb, parsed: ParsedImport): Promise<Set<string>> {
  const wanted = new Set([...parsed.timeEntries, ...storablePayments(parsed), ...parsed.feedback].map((record) => record.importKey));
  const prefixes = keyPrefixes([...wanted]);
  // toArray reads the range with getAll in one request; walking it with a key cursor costs a round trip per record.
  const stored = await Promise.all(
    prefixes.flatMap((prefix) => [
      db.timeEntries.where('importKey').startsWith(prefix).toArray(),
      db.payments.where('importKey').startsWith(prefix).toArray(),
      db.feedback.where('importKey').startsWith(prefix).toArray(),
    ]),
  );
  return new Set(stored.flat().flatMap((record) => (record.importKey !== undefined && wanted.has(record.importKey) ? [record.importKey] : [])));
}

/**
 * What importing the parsed file would do: its clients and projects matched by name (without case or accents)
 * against those stored, how many of its records are new, and whether this very file was imported before.
 */
export function previewImport(db: ReputeDb, parsed: ParsedImport, options: { fileHash?: string } = {}): Promise<ImportPreview> {
  return db.transaction('r', [db.clients, db.projects, db.timeEntries, db.payments, db.feedback, db.imports], async () => {
    const [matches, existing, earlier] = await Promise.all([
      readMatches(db),
      existingKeys(db, parsed),
      options.fileHash === undefined ? undefined : db.imports.where('fileHash').equals(options.fileHash).first(),
    ]);
    const clients = parsed.clientNames.map((name) => {
      const match = matches.clientByName.get(foldName(name));
      return match === undefined ? { name } : { name, match: { id: match.id, name: match.name } };
    });
    const projects = parsed.projects.map(({ clientName, projectName }) => {
      const client = matches.clientByName.get(foldName(clientName));
      const match = client === undefined ? undefined : matches.projectsByClientId.get(client.id)?.get(foldName(projectName));
      return match === undefined ? { clientName, name: projectName } : { clientName, name: projectName, match: { id: match.id, name: match.name } };
    });
    const payments = storablePayments(parsed);
    const preview: ImportPreview = {
      clients,
      projects,
      newTimeEntries: parsed.timeEntries.filter((entry) => !existing.has(entry.importKey)).length,
      newPayments: payments.filter((payment) => !existing.has(payment.importKey)).length,
      newFeedback: parsed.feedback.filter((item) => !existing.has(item.importKey)).length,
      alreadyImported: existing.size,
      storedKeys: existing,
    };
    if (earlier !== undefined) preview.fileSeenBefore = { at: earlier.at, fileName: earlier.fileName };
    return preview;
  });
}

/** Passes a record whose key is neither stored nor passed before, so a key repeated in one file imports once. */
function newKeyFilter(stored: ReadonlySet<string>): (record: { importKey: string }) => boolean {
  const seen = new Set(stored);
  return ({ importKey }) => {
    if (seen.has(importKey)) return false;
    seen.add(importKey);
    return true;
  };
}

interface EntryWrite {
  entries: readonly ImportedTimeEntry[];
  projectByKey: ReadonlyMap<string, Project>;
  importId: string;
  now: number;
  /** Called as each chunk lands, with the number of entries written so far. */
  onWritten: (written: number) => void;
}

interface EntriesOnTheirWay {
  /** What the entries add to the rollups. */
  contributions: RollupContribution[];
  /** Settles when the last chunk has landed. */
  landing: Promise<unknown>;
}

/**
 * Builds, checks and adds the file's entries chunk by chunk, with the next chunk built while the last one is being
 * written: the database never waits for the page, and the page never spends one long task on every row. Resolves
 * once every chunk is built and all but the last have landed, so the writes that follow can go out beside it. A row
 * that fails its check throws WriteRefused, which rolls back everything this transaction wrote.
 */
async function addImportedEntries(db: ReputeDb, write: EntryWrite): Promise<EntriesOnTheirWay> {
  const contributions: RollupContribution[] = [];
  let landing: Promise<unknown> = Promise.resolve();
  for (let from = 0; from < write.entries.length; from += CHUNK_ROWS) {
    const records = write.entries.slice(from, from + CHUNK_ROWS).map((entry) => {
      const project = write.projectByKey.get(projectMappingKey(entry.clientName, entry.projectName));
      if (project === undefined) throw new WriteRefused({ [`line ${entry.line}`]: `Line ${entry.line}: no project for "${entry.projectName}"` });
      const record = valueOrAbort(timeEntryRecord(entry, project, write.importId, write.now));
      const contribution = timeEntryContribution(record, project.currency);
      if (contribution !== undefined) contributions.push(contribution);
      return record;
    });
    const added = db.timeEntries.bulkAdd(records);
    // Watched at once, so a chunk still on its way when a later row is refused does not reject unobserved.
    added.catch(() => undefined);
    await landing;
    const writtenSoFar = from + records.length;
    landing = added.then(() => write.onWritten(writtenSoFar));
  }
  return { contributions, landing };
}

/** An add refused by a unique index: here, an import key stored since the preview read them. */
function isStoredAlready(error: unknown): boolean {
  if (error instanceof Dexie.BulkError) return Object.values(error.failuresByPos).some((failure) => failure.name === 'ConstraintError');
  return error instanceof Dexie.DexieError && error.name === 'ConstraintError';
}

/**
 * Writes the parsed file in one transaction: the clients and projects it needs, every time entry, earning and feedback
 * whose import key is new (with the rollups of time and money), and one import log row with the counts. A file that
 * adds nothing writes nothing, not even a log row; a row refused on the way writes nothing either.
 */
export async function commitImport(db: ReputeDb, input: CommitImportInput): Promise<WriteResult<ImportSummary>> {
  if (input.storedKeys !== undefined) {
    try {
      return await commitOnce(db, input, input.storedKeys);
    } catch (error) {
      if (!isStoredAlready(error)) throw error;
    }
  }
  return commitOnce(db, input, undefined);
}

function commitOnce(db: ReputeDb, input: CommitImportInput, storedKeys: ReadonlySet<string> | undefined): Promise<WriteResult<ImportSummary>> {
  const { parsed, now } = input;
  return refusalsAsResults(() =>
    db.transaction('rw', importTables(db), async () => {
      const [settings, existing] = await Promise.all([getSettings(db), storedKeys ?? existingKeys(db, parsed)]);
      const isNew = newKeyFilter(existing);
      const entries = parsed.timeEntries.filter(isNew);
      const payments = storablePayments(parsed).filter(isNew);
      const feedback = parsed.feedback.filter(isNew);
      const written = entries.length + payments.length + feedback.length;
      const skippedExisting = parsed.timeEntries.length + storablePayments(parsed).length + parsed.feedback.length - written;
      if (written === 0) {
        return succeeded<ImportSummary>({ importId: '', added: { timeEntries: 0, payments: 0, feedback: 0, clients: 0, projects: 0 }, skippedExisting });
      }
      const plan = await planCreation(db, input, { entries, payments, feedback }, settings);
      if (!plan.ok) return failed<ImportSummary>(plan.errors);
      const { clients, projects, clientIdByName, projectByKey } = plan.value;
      const importId = crypto.randomUUID();
      const paymentRecords: Payment[] = payments.map((payment) =>
        valueOrAbort(paymentRecord(payment, clientIdByName.get(payment.clientName) ?? '', parsed, settings, importId, now)),
      );
      const feedbackRecords: Feedback[] = feedback.map((item) => {
        const project = projectByKey.get(projectMappingKey(item.clientName, item.projectName));
        if (project === undefined) throw new WriteRefused({ [`line ${item.line}`]: `Line ${item.line}: no project for "${item.projectName}"` });
        return valueOrAbort(feedbackRecord(item, project, importId, now));
      });

      await db.clients.bulkAdd(clients);
      await db.projects.bulkAdd(projects);
      const total = entries.length + paymentRecords.length + feedbackRecords.length;
      input.onProgress?.(0, total);
      const { contributions, landing } = await addImportedEntries(db, { entries, projectByKey, importId, now, onWritten: (done) => input.onProgress?.(done, total) });
      const counts = { timeEntries: entries.length, payments: paymentRecords.length, feedback: feedbackRecords.length, clients: clients.length, projects: projects.length };
      // The rest goes out while the last chunk of entries is still being written.
      await Promise.all([
        landing,
        db.payments.bulkAdd(paymentRecords),
        db.feedback.bulkAdd(feedbackRecords),
        applyRollupChange(db, [], [...contributions, ...paymentRecords.map(paymentContribution)]),
        db.imports.add({
          ...newRecordMeta(now),
          id: importId,
          source: sourceOf(parsed.format),
          fileName: input.fileName,
          fileHash: input.fileHash,
          at: now,
          counts,
          createdClientIds: clients.map((client) => client.id),
          createdProjectIds: projects.map((project) => project.id),
        }),
      ]);
      input.onProgress?.(total, total);
      return succeeded<ImportSummary>({ importId, added: counts, skippedExisting });
    }),
  );
}

async function projectInUse(db: ReputeDb, projectId: string): Promise<boolean> {
  const [entries, payments, feedback, proposals] = await Promise.all([
    db.timeEntries.where('[projectId+start]').between([projectId, Dexie.minKey], [projectId, Dexie.maxKey]).count(),
    db.payments.where('projectId').equals(projectId).count(),
    db.feedback.where('projectId').equals(projectId).count(),
    db.proposals.where('projectId').equals(projectId).count(),
  ]);
  return entries + payments + feedback + proposals > 0;
}

async function clientInUse(db: ReputeDb, clientId: string): Promise<boolean> {
  const [projects, entries, payments, invoices, feedback, proposals] = await Promise.all([
    db.projects.where('clientId').equals(clientId).count(),
    db.timeEntries.where('[clientId+start]').between([clientId, Dexie.minKey], [clientId, Dexie.maxKey]).count(),
    db.payments.where('clientId').equals(clientId).count(),
    db.invoices.where('clientId').equals(clientId).count(),
    db.feedback.where('clientId').equals(clientId).count(),
    db.proposals.where('clientId').equals(clientId).count(),
  ]);
  return projects + entries + payments + invoices + feedback + proposals > 0;
}

/**
 * Removes exactly what one import added, in one transaction: its time entries and payments (rollups taken back) and
 * its feedback, then the clients and projects it created that nothing else uses now. Refused, with the reason, when
 * any of its records has since been put on an invoice. The log row stays, marked undone, so the file is still
 * recognised.
 */
export function undoImport(db: ReputeDb, importId: string): Promise<WriteResult<ImportSummary>> {
  return db.transaction('rw', importTables(db), async () => {
    const record = await db.imports.get(importId);
    if (record === undefined) return failed<ImportSummary>({ importId: 'No such import' });
    if (record.undoneAt !== undefined) return failed<ImportSummary>({ importId: 'This import was already undone' });
    const [entries, payments, feedbackIds] = await Promise.all([
      db.timeEntries.where('importId').equals(importId).toArray(),
      db.payments.where('importId').equals(importId).toArray(),
      db.feedback.where('importId').equals(importId).primaryKeys(),
    ]);
    const invoiced = entries.filter((entry) => entry.invoiceId !== undefined).length + payments.filter((payment) => payment.invoiceId !== undefined).length;
    if (invoiced > 0) {
      return failed<ImportSummary>({
        importId: `${invoiced} ${invoiced === 1 ? 'record' : 'records'} from this import ${invoiced === 1 ? 'is' : 'are'} on an invoice now; remove ${invoiced === 1 ? 'it' : 'them'} from the invoice first, or keep the import`,
      });
    }
    const projects = await db.projects.bulkGet([...new Set(entries.map((entry) => entry.projectId))]);
    const currencyByProject = new Map(projects.flatMap((project) => (project === undefined ? [] : [[project.id, project.currency] as const])));
    await applyRollupChange(
      db,
      [
        ...entries.map((entry) => {
          const currency = currencyByProject.get(entry.projectId);
          return currency === undefined ? undefined : timeEntryContribution(entry, currency);
        }),
        ...payments.map(paymentContribution),
      ],
      [],
    );
    await db.timeEntries.bulkDelete(entries.map((entry) => entry.id));
    await db.payments.bulkDelete(payments.map((payment) => payment.id));
    await db.feedback.bulkDelete(feedbackIds);

    let removedProjects = 0;
    for (const projectId of record.createdProjectIds ?? []) {
      if (await projectInUse(db, projectId)) continue;
      await db.projects.delete(projectId);
      removedProjects += 1;
    }
    let removedClients = 0;
    for (const clientId of record.createdClientIds ?? []) {
      if (await clientInUse(db, clientId)) continue;
      await db.clients.delete(clientId);
      removedClients += 1;
    }
    const now = Date.now();
    await db.imports.put({ ...record, undoneAt: now, updatedAt: now });
    return succeeded<ImportSummary>({
      importId,
      added: { timeEntries: entries.length, payments: payments.length, feedback: feedbackIds.length, clients: removedClients, projects: removedProjects },
      skippedExisting: 0,
    });
  });
}

/** Every import, newest first. */
export async function listImports(db: ReputeDb): Promise<ImportRecord[]> {
  return (await db.imports.orderBy('at').toArray()).reverse();
}

/** SHA-256 of the file's bytes, hex: how the same file is recognised when it comes again. */
export async function fileHashOf(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new Uint8Array(bytes));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
