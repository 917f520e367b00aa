import { groupBy } from '../../domain/collections/group-by';
import type { ImportedFeedback, ImportedPayment, ImportedTimeEntry, ImportFormat, ParsedImport } from '../../domain/importers/import-types';
import {
  clientInputSchema,
  feedbackInputSchema,
  paymentInputSchema,
  projectInputSchema,
  timeEntryInputSchema,
  type Client,
  type Feedback,
  type Payment,
  type Platform,
  type Project,
  type Settings,
  type TimeEntry,
} from '../../domain/model';
import { localDayKey } from '../../domain/time/local-calendar';
import type { ImportRecord } from '../../domain/model';
import type { ReputeDb } from '../db';
import { exchangeRateForImport } from './import-exchange-rate';
import type { CommitImportInput } from './imports';
import { isLive, newRecordMeta, parseInput } from './record-commands';
import { failed, succeeded, type WriteResult } from './write-result';

/** Names compared the way people read them: without case, accents or surrounding spaces. */
export function foldName(name: string): string {
  return name.normalize('NFD').replace(/\p{Diacritic}/gu, '').trim().toLocaleLowerCase('en');
}

export function projectMappingKey(clientName: string, projectName: string): string {
  return `${clientName}\u0000${projectName}`;
}

export function sourceOf(format: ImportFormat): ImportRecord['source'] {
  if (format === 'toggl-2024') return 'toggl';
  if (format === 'upwork-2023') return 'upwork';
  return format;
}

export interface Matches {
  clientByName: Map<string, Client>;
  projectsByClientId: Map<string, Map<string, Project>>;
}

export async function readMatches(db: ReputeDb): Promise<Matches> {
  const [clients, projects] = await Promise.all([db.clients.toArray(), db.projects.toArray()]);
  const clientByName = new Map<string, Client>();
  for (const client of clients.filter(isLive)) if (!clientByName.has(foldName(client.name))) clientByName.set(foldName(client.name), client);
  const projectsByClientId = new Map<string, Map<string, Project>>();
  for (const project of projects.filter(isLive)) {
    const byName = projectsByClientId.get(project.clientId) ?? new Map<string, Project>();
    if (!byName.has(foldName(project.name))) byName.set(foldName(project.name), project);
    projectsByClientId.set(project.clientId, byName);
  }
  return { clientByName, projectsByClientId };
}

/** Rate (minor units per hour) a new project takes from the file's billable amounts, when it has some. */
function hourlyRateOf(entries: readonly ImportedTimeEntry[]): number | undefined {
  let amount = 0;
  let ms = 0;
  for (const entry of entries) {
    if (!entry.billable || entry.amountMinor === undefined) continue;
    amount += entry.amountMinor;
    ms += entry.end - entry.start;
  }
  return ms === 0 ? undefined : Math.round((amount * 3_600_000) / ms);
}

export interface Creation {
  clients: Client[];
  projects: Project[];
  clientIdByName: Map<string, string>;
  projectByKey: Map<string, Project>;
}

function errorAt(path: string, message: string): WriteResult<never> {
  return failed({ [path]: message });
}

function newClientRecord(name: string, currency: string, platform: Platform, settings: Settings, now: number): WriteResult<Client> {
  const parsed = parseInput(clientInputSchema, {
    name: name.slice(0, 200),
    currency,
    paymentTermsDays: settings.defaultPaymentTermsDays,
    platform,
    confidential: false,
    tags: [],
  });
  if (!parsed.ok) return errorAt(`client:${name}`, `Client "${name}": ${Object.values(parsed.errors).join('; ')}`);
  return succeeded({ ...newRecordMeta(now), ...parsed.value });
}

/**
 * Where a new client works with the freelancer: Upwork for Upwork's files, else the one marketplace all of the
 * client's feedback names, else direct.
 */
function platformOf(format: ImportFormat, clientFeedback: readonly ImportedFeedback[]): Platform {
  if (sourceOf(format) === 'upwork') return 'upwork';
  const sources = new Set(clientFeedback.map((item) => item.source));
  const [only] = sources;
  return sources.size === 1 && (only === 'upwork' || only === 'fiverr') ? only : 'direct';
}

function newProjectRecord(clientId: string, name: string, entries: readonly ImportedTimeEntry[], currency: string, now: number): WriteResult<Project> {
  const rate = hourlyRateOf(entries);
  // A loop, not Math.min(...), which overflows the call stack on a project with a hundred thousand entries.
  let first = Number.POSITIVE_INFINITY;
  for (const entry of entries) first = Math.min(first, entry.start);
  const timeZone = entries[0]?.timeZone ?? 'UTC';
  const parsed = parseInput(projectInputSchema, {
    clientId,
    name: name.slice(0, 200),
    billing: rate !== undefined ? { kind: 'hourly', rateMinor: rate } : entries.some((entry) => entry.billable) ? { kind: 'hourly', rateMinor: 0 } : { kind: 'nonBillable' },
    currency,
    startDate: localDayKey(Number.isFinite(first) ? first : now, timeZone),
    status: 'active',
    skills: [],
    portfolio: { visible: false, summary: '', outcome: '', imageIds: [] },
  });
  if (!parsed.ok) return errorAt(`project:${name}`, `Project "${name}": ${Object.values(parsed.errors).join('; ')}`);
  return succeeded({ ...newRecordMeta(now), ...parsed.value });
}

/**
 * A project known only from its feedback: a contract that has ended, since clients rate work at its close. It runs
 * from the first feedback to the last; its billing is hourly at no rate until the user says otherwise.
 */
function newFeedbackProjectRecord(clientId: string, name: string, feedback: readonly ImportedFeedback[], currency: string, now: number): WriteResult<Project> {
  const dates = feedback.map((item) => item.date).sort();
  const parsed = parseInput(projectInputSchema, {
    clientId,
    name: name.slice(0, 200),
    billing: { kind: 'hourly', rateMinor: 0 },
    currency,
    startDate: dates[0],
    endDate: dates.at(-1),
    status: 'completed',
    endReason: 'completed',
    skills: [],
    portfolio: { visible: false, summary: '', outcome: '', imageIds: [] },
  });
  if (!parsed.ok) return errorAt(`project:${name}`, `Project "${name}": ${Object.values(parsed.errors).join('; ')}`);
  return succeeded({ ...newRecordMeta(now), ...parsed.value });
}

/** The file's new records that need a client (and, but for payments, a project). */
export interface RecordsToFile {
  entries: readonly ImportedTimeEntry[];
  payments: readonly ImportedPayment[];
  feedback: readonly ImportedFeedback[];
}

/** Resolves (or plans to create) the client and project of every new record; refuses a mapping to a missing record. */
export async function planCreation(db: ReputeDb, input: CommitImportInput, records: RecordsToFile, settings: Settings): Promise<WriteResult<Creation>> {
  const { parsed, now } = input;
  const { entries, payments, feedback } = records;
  const matches = await readMatches(db);
  const creation: Creation = { clients: [], projects: [], clientIdByName: new Map(), projectByKey: new Map() };
  const currencyByClient = new Map<string, string>();
  for (const entry of entries) if (entry.currency !== undefined && !currencyByClient.has(entry.clientName)) currencyByClient.set(entry.clientName, entry.currency);
  for (const payment of payments) if (!currencyByClient.has(payment.clientName)) currencyByClient.set(payment.clientName, payment.currency);
  const feedbackByClient = groupBy(feedback, (item) => item.clientName);

  const neededClients = new Set([...entries, ...payments, ...feedback].map((record) => record.clientName));
  for (const name of neededClients) {
    const mapped = input.clientMapping[name] ?? matches.clientByName.get(foldName(name))?.id ?? 'new';
    if (mapped !== 'new') {
      const client = await db.clients.get(mapped);
      if (client === undefined || !isLive(client)) return errorAt(`clientMapping.${name}`, `The client chosen for "${name}" no longer exists`);
      creation.clientIdByName.set(name, client.id);
      continue;
    }
    const platform = platformOf(parsed.format, feedbackByClient.get(name) ?? []);
    const client = newClientRecord(name, currencyByClient.get(name) ?? settings.baseCurrency, platform, settings, now);
    if (!client.ok) return client;
    creation.clients.push(client.value);
    creation.clientIdByName.set(name, client.value.id);
  }

  const byProject = (record: { clientName: string; projectName: string }) => projectMappingKey(record.clientName, record.projectName);
  const entriesByProject = groupBy(entries, byProject);
  const feedbackByProject = groupBy(feedback, byProject);
  for (const key of new Set([...entriesByProject.keys(), ...feedbackByProject.keys()])) {
    const projectEntries = entriesByProject.get(key) ?? [];
    const projectFeedback = feedbackByProject.get(key) ?? [];
    const first = projectEntries[0] ?? projectFeedback[0];
    if (first === undefined) continue;
    const clientId = creation.clientIdByName.get(first.clientName) ?? '';
    const mapped = input.projectMapping[key] ?? matches.projectsByClientId.get(clientId)?.get(foldName(first.projectName))?.id ?? 'new';
    if (mapped !== 'new') {
      const project = await db.projects.get(mapped);
      if (project === undefined || !isLive(project)) return errorAt(`projectMapping.${first.projectName}`, `The project chosen for "${first.projectName}" no longer exists`);
      creation.projectByKey.set(key, project);
      continue;
    }
    const client = creation.clients.find((candidate) => candidate.id === clientId) ?? (await db.clients.get(clientId));
    const currency = projectEntries[0]?.currency ?? client?.currency ?? settings.baseCurrency;
    const project =
      projectEntries.length > 0
        ? newProjectRecord(clientId, first.projectName, projectEntries, currency, now)
        : newFeedbackProjectRecord(clientId, first.projectName, projectFeedback, currency, now);
    if (!project.ok) return project;
    creation.projects.push(project.value);
    creation.projectByKey.set(key, project.value);
  }
  return succeeded(creation);
}

export function timeEntryRecord(entry: ImportedTimeEntry, project: Project, importId: string, now: number): WriteResult<TimeEntry> {
  const parsed = parseInput(timeEntryInputSchema, {
    projectId: project.id,
    clientId: project.clientId,
    start: entry.start,
    end: entry.end,
    timeZone: entry.timeZone,
    description: entry.description,
    billable: entry.billable,
    tags: entry.tags,
    source: 'import',
    importKey: entry.importKey,
    importId,
  });
  if (!parsed.ok) return errorAt(`line ${entry.line}`, `Line ${entry.line}: ${Object.values(parsed.errors).join('; ')}`);
  return succeeded({ ...newRecordMeta(now), ...parsed.value });
}

export function paymentRecord(payment: ImportedPayment, clientId: string, parsed: ParsedImport, settings: Settings, importId: string, now: number): WriteResult<Payment> {
  const rate = exchangeRateForImport(payment, parsed.payments, settings.baseCurrency);
  const record = parseInput(paymentInputSchema, {
    clientId,
    date: payment.date,
    amountMinor: payment.amountMinor,
    feeMinor: Math.max(0, payment.feeMinor),
    currency: payment.currency,
    baseAmountMinor: rate.baseAmountMinor,
    baseCurrency: settings.baseCurrency,
    exchangeRate: rate.rate,
    method: sourceOf(parsed.format) === 'upwork' ? 'platform' : 'other',
    source: 'import',
    reference: payment.description.slice(0, 200),
    importKey: payment.importKey,
    importId,
  });
  if (!record.ok) return errorAt(`line ${payment.line}`, `Line ${payment.line}: ${Object.values(record.errors).join('; ')}`);
  return succeeded({ ...newRecordMeta(now), ...record.value });
}

/** A feedback row as stored, under the project it was filed to; its client is the project's. */
export function feedbackRecord(item: ImportedFeedback, project: Project, importId: string, now: number): WriteResult<Feedback> {
  const parsed = parseInput(feedbackInputSchema, {
    projectId: project.id,
    clientId: project.clientId,
    date: item.date,
    ratingTenths: item.ratingTenths,
    subScores: {},
    comment: item.comment,
    canQuote: item.canQuote,
    source: item.source,
    importKey: item.importKey,
    importId,
  });
  if (!parsed.ok) return errorAt(`line ${item.line}`, `Line ${item.line}: ${Object.values(parsed.errors).join('; ')}`);
  return succeeded({ ...newRecordMeta(now), ...parsed.value });
}
