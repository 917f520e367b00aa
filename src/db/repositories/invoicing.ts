import { creditNoteLines } from '../../domain/invoices/credit-note';
import { formatDocumentDate } from '../../domain/invoices/document-format';
import { DOCUMENT_LABELS, fillLabel } from '../../domain/invoices/document-labels';
import { documentFormatLocale, draftDocumentLanguage } from '../../domain/invoices/document-language';
import { formatInvoiceNumber, isInvoiceNumberFormat } from '../../domain/invoices/invoice-number';
import { discountRefusal, draftIssueRefusal, linesNetMinor } from '../../domain/invoices/invoice-refusals';
import { isInvoiceCredited } from '../../domain/invoices/invoice-status';
import { buyerSnapshot, sellerSnapshot } from '../../domain/invoices/party-snapshots';
import { invoiceTotals, type InvoiceDiscount } from '../../domain/invoices/invoice-totals';
import { invoiceInputSchema, isoDateSchema, type Client, type DocumentLanguage, type Invoice, type InvoiceInput, type InvoiceLine, type Settings, type TimeEntry } from '../../domain/model';
import { timeEntryContribution } from '../../domain/rollups/rollup-contributions';
import { addLocalDays } from '../../domain/time/local-calendar';
import type { ReputeDb } from '../db';
import { hasErrors, isLive, mergeErrors, newRecordMeta, noSuchRecord, parseInput, referenceErrors, updatedMeta } from './record-commands';
import { applyInvoiceChange } from './invoice-changes';
import { applyRollupChange } from './rollups';
import { getSettings, saveSettings } from './settings';
import { failed, refusalsAsResults, succeeded, valueOrAbort, WriteRefused, type FieldErrors, type WriteResult } from './write-result';

/*
 * The invoice lifecycle: a draft built from time and items, issued with the next number, sent, paid (see payments.ts),
 * voided or cancelled by a credit note. Every command is one transaction over the tables below, so a number is never
 * taken without its invoice, nor an invoice issued without its time entries locked.
 */

function invoicingTables(db: ReputeDb) {
  return [db.invoices, db.clients, db.projects, db.timeEntries, db.settings, db.rollups, db.projectTotals, db.dayTotalMonths, db.settlementMonths];
}

function inOneTransaction<T>(db: ReputeDb, body: () => Promise<WriteResult<T>>): Promise<WriteResult<T>> {
  return refusalsAsResults(() => db.transaction('rw', invoicingTables(db), body));
}

function lineLabel(index: number): string {
  return `Line ${index + 1}`;
}

async function liveInvoiceHolding(db: ReputeDb, entry: TimeEntry, exceptInvoiceId: string | undefined): Promise<Invoice | undefined> {
  if (entry.invoiceId === undefined || entry.invoiceId === exceptInvoiceId) return undefined;
  const holder = await db.invoices.get(entry.invoiceId);
  return holder !== undefined && isLive(holder) && holder.status !== 'void' ? holder : undefined;
}

/** Entry id → the other live draft whose lines already bill it. */
async function entriesOnOtherDrafts(db: ReputeDb, exceptInvoiceId: string | undefined): Promise<Map<string, Invoice>> {
  const drafts = await db.invoices.where('status').equals('draft').filter((draft) => isLive(draft) && draft.id !== exceptInvoiceId).toArray();
  const onDrafts = new Map<string, Invoice>();
  for (const draft of drafts) for (const line of draft.lines) for (const id of line.timeEntryIds) onDrafts.set(id, draft);
  return onDrafts;
}

/**
 * Why these lines cannot bill their time entries and projects, keyed `lines`: each entry must be a stopped, live
 * entry of the invoice's client, billed by one line only and by no other invoice; each project must bill in the
 * invoice's currency. `checkDrafts` also refuses entries another draft lists, which is what a new draft wants;
 * issuing only cares about invoices already issued, since the first draft issued wins the entry.
 */
export async function invoiceLineErrors(
  db: ReputeDb,
  invoice: Pick<InvoiceInput, 'clientId' | 'currency' | 'lines'>,
  options: { invoiceId?: string; checkDrafts: boolean },
): Promise<FieldErrors> {
  const onDrafts = options.checkDrafts ? await entriesOnOtherDrafts(db, options.invoiceId) : new Map<string, Invoice>();
  const seen = new Set<string>();
  for (const [index, line] of invoice.lines.entries()) {
    if (line.projectId !== undefined) {
      const project = await db.projects.get(line.projectId);
      if (project !== undefined && project.currency !== invoice.currency) {
        return { lines: `${lineLabel(index)} is for “${project.name}”, which bills in ${project.currency}; this invoice is in ${invoice.currency}` };
      }
    }
    for (const entryId of line.timeEntryIds) {
      if (seen.has(entryId)) return { lines: `${lineLabel(index)} bills a time entry another line already bills` };
      seen.add(entryId);
      const entry = await db.timeEntries.get(entryId);
      if (entry === undefined || !isLive(entry)) return { lines: `${lineLabel(index)} bills a time entry that was deleted` };
      if (entry.end === null) return { lines: `${lineLabel(index)} bills a timer that is still running; stop it first` };
      if (entry.clientId !== invoice.clientId) return { lines: `${lineLabel(index)} bills time tracked for another client` };
      const holder = await liveInvoiceHolding(db, entry, options.invoiceId);
      if (holder !== undefined) {
        const where = holder.number === undefined ? 'a draft invoice' : `invoice ${holder.number}`;
        return { lines: `${lineLabel(index)} bills time already on ${where}` };
      }
      if (onDrafts.has(entryId)) return { lines: `${lineLabel(index)} bills time already on another draft invoice` };
    }
  }
  return {};
}

/**
 * Why a draft's discount is refused, keyed `discount`: an amount off larger than its lines (see discountRefusal),
 * with the amount in the display locale. Issued invoices and credit notes keep the discount they were made with.
 */
export async function draftDiscountErrors(db: ReputeDb, invoice: Pick<InvoiceInput, 'kind' | 'status' | 'discount' | 'lines' | 'currency'>): Promise<FieldErrors> {
  if (invoice.kind !== 'invoice' || invoice.status !== 'draft' || invoice.discount === undefined) return {};
  const { locale } = await getSettings(db);
  const refusal = discountRefusal(invoice.discount, linesNetMinor(invoice.lines), invoice.currency, locale);
  return refusal === undefined ? {} : { discount: refusal };
}

export interface UnbilledTimeQuery {
  clientId: string;
  /** Entries starting in [from, to), epoch ms. */
  from: number;
  to: number;
  /** The draft being edited, whose own entries still count as available to it. */
  exceptInvoiceId?: string;
}

/**
 * The client's time that can still be billed: stopped, billable, live entries starting in [from, to) that no live
 * invoice holds and no other draft lists, oldest first.
 */
export async function listUnbilledTimeEntries(db: ReputeDb, query: UnbilledTimeQuery): Promise<TimeEntry[]> {
  if (query.from >= query.to) return [];
  return db.transaction('r', [db.timeEntries, db.invoices], async () => {
    const inRange = await db.timeEntries
      .where('[clientId+start]')
      .between([query.clientId, query.from], [query.clientId, query.to], true, false)
      .filter((entry) => isLive(entry) && entry.end !== null && entry.billable)
      .toArray();
    const onDrafts = await entriesOnOtherDrafts(db, query.exceptInvoiceId);
    const unbilled: TimeEntry[] = [];
    for (const entry of inRange) {
      if (onDrafts.has(entry.id) || (await liveInvoiceHolding(db, entry, query.exceptInvoiceId)) !== undefined) continue;
      unbilled.push(entry);
    }
    return unbilled;
  });
}

export interface InvoiceDraftInput {
  clientId: string;
  currency: string;
  lines: InvoiceLine[];
  discount?: InvoiceDiscount;
  reverseCharge: boolean;
  notes: string;
  /** Days from issue to due date; the client's payment terms at issue when absent. */
  dueInDays?: number;
  /** The locale whose region formats the document, when it speaks the document's language; Settings' at issue when absent. */
  locale?: string;
  now: number;
}

async function clientErrors(db: ReputeDb, clientId: string): Promise<FieldErrors> {
  return referenceErrors(db.clients, 'clientId', 'client', clientId);
}

/**
 * Saves a new draft. Its totals come from its lines; its time entries must be billable by it (see invoiceLineErrors)
 * but are linked only when the invoice is issued, so a draft never locks anything.
 */
export function createInvoiceDraft(db: ReputeDb, input: InvoiceDraftInput): Promise<WriteResult<Invoice>> {
  return inOneTransaction(db, async () => {
    const draft: InvoiceInput = {
      kind: 'invoice',
      clientId: input.clientId,
      currency: input.currency,
      status: 'draft',
      lines: input.lines,
      reverseCharge: input.reverseCharge,
      totals: { netMinor: 0, taxMinor: 0, grossMinor: 0, taxGroups: [] },
      notes: input.notes,
      paidMinor: 0,
    };
    if (input.discount !== undefined) draft.discount = input.discount;
    if (input.dueInDays !== undefined) draft.paymentTermsDays = input.dueInDays;
    if (input.locale !== undefined) draft.locale = input.locale;
    const parsed = parseInput(invoiceInputSchema, draft);
    const errors = mergeErrors(parsed.ok ? {} : parsed.errors, await clientErrors(db, input.clientId));
    if (!parsed.ok || hasErrors(errors)) return failed<Invoice>(errors);
    const value: InvoiceInput = { ...parsed.value, totals: invoiceTotals(parsed.value.lines, parsed.value.discount, parsed.value.reverseCharge) };
    const lineErrors = mergeErrors(await draftDiscountErrors(db, value), await invoiceLineErrors(db, value, { checkDrafts: true }));
    if (hasErrors(lineErrors)) return failed<Invoice>(lineErrors);
    const invoice: Invoice = { ...newRecordMeta(input.now), ...value };
    await db.invoices.add(invoice);
    return succeeded(invoice);
  });
}

/**
 * Takes the next number from the settings and moves the sequence on, inside the caller's transaction: two issues can
 * never read the same sequence, and a refused issue rolls the sequence back with everything else.
 */
async function takeInvoiceNumber(db: ReputeDb, settings: Settings, issueDate: string): Promise<string> {
  if (!isInvoiceNumberFormat(settings.invoiceNumberFormat)) {
    throw new WriteRefused({ number: `The number format “${settings.invoiceNumberFormat}” has no {seq}; fix it in Settings` });
  }
  const number = formatInvoiceNumber(settings.invoiceNumberFormat, { sequence: settings.nextInvoiceSequence, issueDate });
  const holder = await db.invoices.where('number').equals(number).first();
  if (holder !== undefined) {
    throw new WriteRefused({ number: `Invoice number ${number} is already used; set the next invoice number in Settings` });
  }
  valueOrAbort(await saveSettings(db, { nextInvoiceSequence: settings.nextInvoiceSequence + 1 }));
  return number;
}

/** The settings and client an issue needs, or the reasons it cannot go ahead. */
async function issueParties(db: ReputeDb, clientId: string): Promise<{ settings: Settings; client: Client }> {
  const settings = await getSettings(db);
  if (settings.business.name.trim() === '') throw new WriteRefused({ seller: 'Add your business name in Settings before issuing an invoice' });
  const client = await db.clients.get(clientId);
  if (client === undefined || !isLive(client)) throw new WriteRefused({ clientId: 'The client of this invoice was deleted' });
  return { settings, client };
}

function issueDateErrors(issueDate: string): FieldErrors {
  const parsed = isoDateSchema.safeParse(issueDate);
  return parsed.success ? {} : { issueDate: parsed.error.issues[0]?.message ?? 'Use a date like 2026-03-31' };
}

/**
 * Writes entries whose invoice link changed and moves their billable time between unbilled and billed on their days.
 * Their hours, months and projects stay as they were; the currency is the project's all the same, as every other
 * time entry write files it.
 */
async function storeInvoiceLinks(db: ReputeDb, changes: readonly { before: TimeEntry; after: TimeEntry }[]): Promise<void> {
  if (changes.length === 0) return;
  const projects = await db.projects.bulkGet([...new Set(changes.map(({ before }) => before.projectId))]);
  const currencyByProject = new Map(projects.flatMap((project) => (project === undefined ? [] : [[project.id, project.currency] as const])));
  const contribution = (entry: TimeEntry) => {
    const currency = currencyByProject.get(entry.projectId);
    return currency === undefined ? undefined : timeEntryContribution(entry, currency);
  };
  await Promise.all([
    db.timeEntries.bulkPut(changes.map(({ after }) => after)),
    applyRollupChange(
      db,
      changes.map(({ before }) => contribution(before)),
      changes.map(({ after }) => contribution(after)),
    ),
  ]);
}

async function linkTimeEntries(db: ReputeDb, invoice: Invoice, now: number): Promise<void> {
  // Each entry once, even were two lines to name it: its time moves to billed once.
  const entries = await db.timeEntries.bulkGet([...new Set(invoice.lines.flatMap((line) => line.timeEntryIds))]);
  const changes = entries.flatMap((entry) => (entry === undefined || entry.invoiceId === invoice.id ? [] : [{ before: entry, after: { ...entry, invoiceId: invoice.id, updatedAt: now } }]));
  await storeInvoiceLinks(db, changes);
}

async function releaseTimeEntries(db: ReputeDb, invoiceId: string, now: number): Promise<void> {
  const linked = await db.timeEntries.where('invoiceId').equals(invoiceId).toArray();
  await storeInvoiceLinks(
    db,
    linked.map((entry) => {
      const released: TimeEntry = { ...entry, updatedAt: now };
      delete released.invoiceId;
      return { before: entry, after: released };
    }),
  );
}

function parsedOrAbort(value: InvoiceInput): InvoiceInput {
  return valueOrAbort(parseInput(invoiceInputSchema, value));
}

export interface IssueOptions {
  /** The issue date, `YYYY-MM-DD`. */
  issueDate: string;
  now: number;
}

function issueRefusalErrors(draft: Invoice): FieldErrors {
  const refusal = draftIssueRefusal(draft);
  return refusal === undefined ? {} : { lines: refusal };
}

/**
 * Issues a draft: gives it the next number (and moves the sequence on in the same transaction, so concurrent issues
 * never share or skip a number), snapshots seller and buyer, sets the due date from the draft's or the client's
 * payment terms unless one was set, and links and so locks every time entry its lines bill. Refused, with nothing
 * changed, when the draft is empty, totals below zero, or bills time that was deleted or invoiced since.
 */
export function issueInvoice(db: ReputeDb, invoiceId: string, { issueDate, now }: IssueOptions): Promise<WriteResult<Invoice>> {
  return inOneTransaction(db, async () => {
    const draft = await db.invoices.get(invoiceId);
    if (draft === undefined || !isLive(draft)) return noSuchRecord<Invoice>('invoice');
    if (draft.status !== 'draft') return failed<Invoice>({ status: `This invoice was already issued${draft.number === undefined ? '' : ` as ${draft.number}`}` });
    if (draft.kind !== 'invoice') return failed<Invoice>({ kind: 'Credit notes are issued when they are created' });
    const errors = mergeErrors(
      issueDateErrors(issueDate),
      issueRefusalErrors(draft),
      await draftDiscountErrors(db, draft),
      draft.dueDate !== undefined && draft.dueDate < issueDate ? { dueDate: 'The due date is before the issue date' } : {},
    );
    if (hasErrors(errors)) return failed<Invoice>(errors);
    const lineErrors = await invoiceLineErrors(db, draft, { invoiceId, checkDrafts: false });
    if (hasErrors(lineErrors)) return failed<Invoice>(lineErrors);
    const { settings, client } = await issueParties(db, draft.clientId);
    const number = await takeInvoiceNumber(db, settings, issueDate);
    const documentLanguage = draftDocumentLanguage(client, settings);

    const issued: InvoiceInput = {
      ...draft,
      number,
      status: 'issued',
      issueDate,
      dueDate: draft.dueDate ?? addLocalDays(issueDate, draft.paymentTermsDays ?? client.paymentTermsDays),
      seller: sellerSnapshot(settings.business),
      buyer: buyerSnapshot(client),
      documentLanguage,
      locale: documentFormatLocale(documentLanguage, draft.locale ?? settings.locale),
    };
    // Like the seller, the instructions are the business's at issue, never those an older snapshot on the draft held.
    delete issued.paymentInstructions;
    if (settings.business.paymentInstructions.trim() !== '') issued.paymentInstructions = settings.business.paymentInstructions;
    const invoice: Invoice = { ...updatedMeta(draft, now), ...parsedOrAbort(issued) };
    await db.invoices.put(invoice);
    await linkTimeEntries(db, invoice, now);
    await applyInvoiceChange(db, draft, invoice);
    return succeeded(invoice);
  });
}

async function issuedDocument(db: ReputeDb, id: string): Promise<Invoice> {
  const stored = await db.invoices.get(id);
  if (stored === undefined || !isLive(stored)) throw new WriteRefused({ id: 'No such invoice' });
  if (stored.status === 'draft') throw new WriteRefused({ status: 'Issue this invoice first' });
  return stored;
}

async function storeChange(db: ReputeDb, before: Invoice, after: Invoice): Promise<Invoice> {
  await db.invoices.put(after);
  await applyInvoiceChange(db, before, after);
  return after;
}

/**
 * Records that the invoice went out: an issued invoice becomes sent. One already (partly) paid keeps its status and
 * only notes when it was sent; sending again keeps the first date.
 */
export function markInvoiceSent(db: ReputeDb, id: string, now: number): Promise<WriteResult<Invoice>> {
  return inOneTransaction(db, async () => {
    const stored = await issuedDocument(db, id);
    if (stored.status === 'void') return failed<Invoice>({ status: 'A void invoice is not sent' });
    const sent: Invoice = { ...stored, updatedAt: now, sentAt: stored.sentAt ?? now, status: stored.status === 'issued' ? 'sent' : stored.status };
    return succeeded(await storeChange(db, stored, sent));
  });
}

/**
 * Voids an issued invoice that was never paid: it keeps its number (numbers are never reused), leaves the totals,
 * and releases its time entries so they can be billed again. A paid or credited invoice, or a credit note, is
 * corrected another way and is refused.
 */
export function voidInvoice(db: ReputeDb, id: string, now: number): Promise<WriteResult<Invoice>> {
  return inOneTransaction(db, async () => {
    const stored = await issuedDocument(db, id);
    if (stored.status === 'void') return succeeded(stored);
    if (stored.kind === 'creditNote') return failed<Invoice>({ kind: 'A credit note cannot be voided' });
    if (isInvoiceCredited(stored)) return failed<Invoice>({ status: 'A credit note already cancelled this invoice' });
    if (stored.paidMinor > 0) return failed<Invoice>({ status: 'Payments were recorded against this invoice; delete them or issue a credit note instead' });
    const voided: Invoice = { ...stored, updatedAt: now, status: 'void' };
    await releaseTimeEntries(db, id, now);
    return succeeded(await storeChange(db, stored, voided));
  });
}

function creditNoteNotes(original: Invoice, language: DocumentLanguage, locale: string): string {
  const date = original.issueDate === undefined ? '' : formatDocumentDate(original.issueDate, locale);
  return fillLabel(DOCUMENT_LABELS[language].cancelsInvoice, { number: original.number ?? '', date });
}

export interface CreditNoteOptions {
  issueDate: string;
  now: number;
}

/**
 * Cancels an issued invoice in full with a credit note: issued at once with the next number, it references the
 * invoice, repeats its lines with negated quantities (so its totals are exactly the invoice's, negated), and its
 * discount and reverse-charge setting. The invoice keeps its number and status as history but is owed no more
 * (see isInvoiceCredited), and its time entries are released to be billed again on a corrected invoice.
 */
export function createCreditNote(db: ReputeDb, invoiceId: string, { issueDate, now }: CreditNoteOptions): Promise<WriteResult<Invoice>> {
  return inOneTransaction(db, async () => {
    const original = await issuedDocument(db, invoiceId);
    if (original.kind === 'creditNote') return failed<Invoice>({ kind: 'A credit note cannot be credited' });
    if (original.status === 'void') return failed<Invoice>({ status: 'A void invoice needs no credit note' });
    if (isInvoiceCredited(original)) return failed<Invoice>({ status: 'A credit note already cancelled this invoice' });
    const errors = mergeErrors(
      issueDateErrors(issueDate),
      original.issueDate !== undefined && issueDate < original.issueDate ? { issueDate: 'A credit note cannot predate the invoice it cancels' } : {},
    );
    if (hasErrors(errors)) return failed<Invoice>(errors);
    const { settings, client } = await issueParties(db, original.clientId);
    const number = await takeInvoiceNumber(db, settings, issueDate);

    const lines = creditNoteLines(original);
    // A credit note speaks the language of the invoice it cancels; one issued before languages existed, English.
    const documentLanguage = original.documentLanguage ?? 'en';
    const locale = original.locale ?? documentFormatLocale(documentLanguage, settings.locale);
    const credit: InvoiceInput = {
      kind: 'creditNote',
      number,
      creditedInvoiceId: original.id,
      clientId: original.clientId,
      currency: original.currency,
      issueDate,
      status: 'issued',
      lines,
      reverseCharge: original.reverseCharge,
      totals: invoiceTotals(lines, original.discount, original.reverseCharge),
      seller: sellerSnapshot(settings.business),
      buyer: buyerSnapshot(client),
      notes: creditNoteNotes(original, documentLanguage, locale),
      documentLanguage,
      locale,
      paidMinor: 0,
    };
    if (original.discount !== undefined) credit.discount = original.discount;
    const creditNote: Invoice = { ...newRecordMeta(now), ...parsedOrAbort(credit) };
    await db.invoices.add(creditNote);
    await applyInvoiceChange(db, undefined, creditNote);
    const credited: Invoice = { ...original, updatedAt: now, creditedByInvoiceId: creditNote.id };
    await db.invoices.put(credited);
    await applyInvoiceChange(db, original, credited);
    await releaseTimeEntries(db, original.id, now);
    return succeeded(creditNote);
  });
}
