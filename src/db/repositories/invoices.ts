import { invoiceInputSchema, type Invoice, type InvoiceInput, type InvoiceStatus } from '../../domain/model';
import { STATUSES_AWAITING_PAYMENT, isInvoiceCredited } from '../../domain/invoices/invoice-status';
import { invoiceTotals } from '../../domain/invoices/invoice-totals';
import type { ReputeDb } from '../db';
import { hasErrors, isLive, mergeErrors, newRecordMeta, noSuchRecord, parseInput, referenceErrors, sameValue, setDeletedAt, updatedMeta } from './record-commands';
import { draftDiscountErrors, invoiceLineErrors } from './invoicing';
import { withSettlementDay } from '../../domain/invoices/invoice-settlement';
import { applyInvoiceChange } from './invoice-changes';
import { failed, succeeded, type FieldErrors, type WriteResult } from './write-result';

/** After issue only these change: the rest of an issued invoice is corrected with a credit note. */
const CHANGEABLE_AFTER_ISSUE = new Set<string>(['status', 'sentAt', 'paidMinor']);

function tablesOf(db: ReputeDb) {
  return [db.invoices, db.clients, db.projects, db.timeEntries, db.settings, db.payments, db.rollups, db.projectTotals, db.dayTotalMonths, db.settlementMonths];
}

function withComputedTotals(value: InvoiceInput): InvoiceInput {
  return { ...value, totals: invoiceTotals(value.lines, value.discount, value.reverseCharge) };
}

function issueErrors(value: InvoiceInput): FieldErrors {
  if (value.status === 'draft') return {};
  const errors: FieldErrors = {};
  if (value.number === undefined || value.number.trim() === '') errors.number = 'An issued invoice needs a number';
  if (value.issueDate === undefined) errors.issueDate = 'An issued invoice needs an issue date';
  return errors;
}

async function numberErrors(db: ReputeDb, number: string | undefined, exceptId?: string): Promise<FieldErrors> {
  if (number === undefined) return {};
  const holder = await db.invoices.where('number').equals(number).first();
  return holder !== undefined && holder.id !== exceptId ? { number: `Invoice number ${number} is already used` } : {};
}

async function referenceErrorsOf(db: ReputeDb, value: Partial<InvoiceInput>, stored?: Invoice): Promise<FieldErrors> {
  return mergeErrors(
    await referenceErrors(db.clients, 'clientId', 'client', value.clientId, stored?.clientId),
    await referenceErrors(db.invoices, 'creditedInvoiceId', 'invoice', value.creditedInvoiceId, stored?.creditedInvoiceId),
  );
}

/**
 * Totals are always computed from the lines (the input's totals are replaced), so a stored invoice never disagrees
 * with itself. A non-draft invoice needs a number, unique among all invoices ever stored, and an issue date.
 */
export async function createInvoice(db: ReputeDb, input: InvoiceInput): Promise<WriteResult<Invoice>> {
  return db.transaction('rw', tablesOf(db), async () => {
    const parsed = parseInput(invoiceInputSchema, input);
    const errors = mergeErrors(parsed.ok ? {} : parsed.errors, parsed.ok ? issueErrors(parsed.value) : {}, await referenceErrorsOf(db, input));
    if (!parsed.ok || hasErrors(errors)) return failed<Invoice>(errors);
    const value = withComputedTotals(parsed.value);
    const conflicts = await numberErrors(db, value.number);
    if (hasErrors(conflicts)) return failed<Invoice>(conflicts);

    const invoice: Invoice = { ...newRecordMeta(Date.now()), ...value };
    await db.invoices.add(invoice);
    await applyInvoiceChange(db, undefined, invoice);
    return succeeded(invoice);
  });
}

function lockedFieldErrors(stored: Invoice, patch: Partial<InvoiceInput>): FieldErrors {
  if (stored.status === 'draft') return {};
  const errors: FieldErrors = {};
  for (const [key, value] of Object.entries(patch)) {
    if (CHANGEABLE_AFTER_ISSUE.has(key) || sameValue(value, Reflect.get(stored, key))) continue;
    errors[key] = 'An issued invoice cannot change; issue a credit note instead';
  }
  if (patch.status === 'draft') errors.status = 'An issued invoice cannot return to draft';
  return errors;
}

/**
 * Drafts change freely, though new lines must be able to bill their time (see invoiceLineErrors); issued invoices
 * change only status, sentAt and paidMinor. Issue a draft with issueInvoice, which gives it its number.
 */
export async function updateInvoice(db: ReputeDb, id: string, patch: Partial<InvoiceInput>): Promise<WriteResult<Invoice>> {
  return db.transaction('rw', tablesOf(db), async () => {
    const stored = await db.invoices.get(id);
    if (stored === undefined) return noSuchRecord<Invoice>('invoice');
    const locked = lockedFieldErrors(stored, patch);
    if (hasErrors(locked)) return failed<Invoice>(locked);
    const parsed = parseInput(invoiceInputSchema, { ...stored, ...patch });
    const errors = mergeErrors(parsed.ok ? {} : parsed.errors, parsed.ok ? issueErrors(parsed.value) : {}, await referenceErrorsOf(db, patch, stored));
    if (!parsed.ok || hasErrors(errors)) return failed<Invoice>(errors);
    const value = withComputedTotals(parsed.value);
    const conflicts = mergeErrors(
      value.number !== stored.number ? await numberErrors(db, value.number, id) : {},
      stored.status === 'draft' && patch.lines !== undefined ? await invoiceLineErrors(db, value, { invoiceId: id, checkDrafts: true }) : {},
      patch.lines !== undefined || patch.discount !== undefined ? await draftDiscountErrors(db, value) : {},
    );
    if (hasErrors(conflicts)) return failed<Invoice>(conflicts);

    // A status set by hand moves the settlement day too: it is the payments' day while paid, and gone otherwise.
    const payments = value.status === stored.status ? [] : await db.payments.where('invoiceId').equals(id).toArray();
    const changed: Invoice = { ...updatedMeta(stored, Date.now()), ...value };
    const invoice = value.status === stored.status ? changed : withSettlementDay(changed, payments);
    await db.invoices.put(invoice);
    await applyInvoiceChange(db, stored, invoice);
    return succeeded(invoice);
  });
}

async function setInvoiceDeletedAt(db: ReputeDb, id: string, deletedAt: number | undefined): Promise<void> {
  await db.transaction('rw', tablesOf(db), async () => {
    const change = await setDeletedAt(db.invoices, id, deletedAt);
    if (change !== undefined) await applyInvoiceChange(db, change.before, change.after);
  });
}

/**
 * Soft delete, taking the invoice out of the rollups. Its number stays taken, so numbers are never reused; its
 * time entries keep their link.
 */
export function deleteInvoice(db: ReputeDb, id: string): Promise<void> {
  return setInvoiceDeletedAt(db, id, Date.now());
}

export function restoreInvoice(db: ReputeDb, id: string): Promise<void> {
  return setInvoiceDeletedAt(db, id, undefined);
}

/** Returns soft-deleted invoices too (check deletedAt), so undo screens can show what they restore. */
export function getInvoice(db: ReputeDb, id: string): Promise<Invoice | undefined> {
  return db.invoices.get(id);
}

/** Drafts (no issue date yet) first, then by issue date and number, newest first. */
function compareNewestFirst(a: Invoice, b: Invoice): number {
  const aDate = a.issueDate ?? '9999-99-99';
  const bDate = b.issueDate ?? '9999-99-99';
  return bDate.localeCompare(aDate) || (b.number ?? '').localeCompare(a.number ?? '') || b.createdAt - a.createdAt || a.id.localeCompare(b.id);
}

/** Live invoices and credit notes, newest first. */
export async function listInvoices(db: ReputeDb, options: { status?: InvoiceStatus; clientId?: string } = {}): Promise<Invoice[]> {
  const { status, clientId } = options;
  const candidates = clientId !== undefined ? db.invoices.where('clientId').equals(clientId) : status !== undefined ? db.invoices.where('status').equals(status) : db.invoices.toCollection();
  // Read whole and filtered here: a Dexie .filter() would walk a cursor one invoice (and one task) at a time.
  const invoices = (await candidates.toArray()).filter((invoice) => isLive(invoice) && (status === undefined || invoice.status === status));
  return invoices.sort(compareNewestFirst);
}

/**
 * Invoices a client still owes on, read through the status index so ten years of paid invoices stay on disk. Credit
 * notes owe nothing, and an invoice a credit note cancelled is owed no more.
 */
export async function listInvoicesAwaitingPayment(db: ReputeDb): Promise<Invoice[]> {
  // One index read per status, issued together: anyOf() or a .filter() would walk a cursor one invoice at a time,
  // and the Dashboard's first figures wait for this list.
  const byStatus = await Promise.all(STATUSES_AWAITING_PAYMENT.map((status) => db.invoices.where('status').equals(status).toArray()));
  const invoices = byStatus.flat().filter((invoice) => isLive(invoice) && invoice.kind === 'invoice' && !isInvoiceCredited(invoice));
  return invoices.sort(compareNewestFirst);
}
