import { withSettlementDay } from '../../domain/invoices/invoice-settlement';
import { invoiceStatusAfterPayments, isInvoiceCredited } from '../../domain/invoices/invoice-status';
import { paymentInputSchema, type Invoice, type Payment, type PaymentInput } from '../../domain/model';
import { invoicePaymentRefusal, paidTowardInvoice } from '../../domain/payments/invoice-payment';
import { matchesPaymentFilter, type PaymentFilter } from '../../domain/payments/payment-filter';
import { paymentContribution } from '../../domain/rollups/rollup-contributions';
import { applyInvoiceChange } from './invoice-changes';
import type { ReputeDb } from '../db';
import { hasErrors, isLive, mergeErrors, newRecordMeta, noSuchRecord, parseInput, referenceErrors, setDeletedAt, updatedMeta } from './record-commands';
import { applyRollupChange } from './rollups';
import { getSettings } from './settings';
import { failed, succeeded, type FieldErrors, type WriteResult } from './write-result';

function tablesOf(db: ReputeDb) {
  return [db.payments, db.clients, db.invoices, db.projects, db.settings, db.rollups, db.projectTotals, db.dayTotalMonths, db.settlementMonths];
}

/**
 * Brings an invoice's paidMinor and status in line with the live payments recorded against it, inside the caller's
 * transaction. Every payment write calls it for each invoice it touched, so the two never disagree.
 */
async function settleInvoice(db: ReputeDb, invoiceId: string | undefined, now: number): Promise<void> {
  if (invoiceId === undefined) return;
  const invoice = await db.invoices.get(invoiceId);
  if (invoice === undefined || invoice.kind !== 'invoice') return;
  const payments = await db.payments.where('invoiceId').equals(invoiceId).toArray();
  const paidMinor = paidTowardInvoice(invoice, payments);
  const settled = withSettlementDay({ ...invoice, paidMinor, status: invoiceStatusAfterPayments(invoice, paidMinor) }, payments);
  if (settled.paidMinor === invoice.paidMinor && settled.status === invoice.status && settled.settledOn === invoice.settledOn) return;
  settled.updatedAt = now;
  await db.invoices.put(settled);
  await applyInvoiceChange(db, invoice, settled);
}

/**
 * Why this payment cannot be recorded against its invoice (see invoicePaymentRefusal), counting what the other live
 * payments already paid; `exceptPaymentId` is the payment being edited, whose old amount no longer counts.
 */
async function overpaymentErrors(db: ReputeDb, value: PaymentInput, exceptPaymentId?: string): Promise<FieldErrors> {
  if (value.invoiceId === undefined) return {};
  const invoice = await db.invoices.get(value.invoiceId);
  if (invoice === undefined) return {};
  const others = await db.payments.where('invoiceId').equals(invoice.id).filter((payment) => payment.id !== exceptPaymentId).toArray();
  const paidByOthers = paidTowardInvoice(invoice, others);
  // Without this payment a paid invoice is owed on again, so its status is taken as the other payments leave it.
  const withoutThisPayment: Invoice = { ...invoice, paidMinor: paidByOthers, status: invoiceStatusAfterPayments(invoice, paidByOthers) };
  const { locale } = await getSettings(db);
  const refusal = invoicePaymentRefusal(withoutThisPayment, value, locale);
  return refusal === undefined ? {} : { [refusal.field]: refusal.message };
}

/**
 * Why a deleted payment cannot come back: only when its invoice was paid again since, by other payments, so that
 * restoring it would take more than the invoice's gross. A void or credited invoice takes its old payments back.
 */
async function restoreErrors(db: ReputeDb, payment: Payment): Promise<FieldErrors> {
  if (payment.invoiceId === undefined) return {};
  const invoice = await db.invoices.get(payment.invoiceId);
  if (invoice === undefined || invoice.status === 'void' || isInvoiceCredited(invoice)) return {};
  return overpaymentErrors(db, payment, payment.id);
}

async function paymentReferenceErrors(db: ReputeDb, value: PaymentInput, stored?: Payment): Promise<FieldErrors> {
  const errors = mergeErrors(
    await referenceErrors(db.clients, 'clientId', 'client', value.clientId, stored?.clientId),
    await referenceErrors(db.invoices, 'invoiceId', 'invoice', value.invoiceId, stored?.invoiceId),
    await referenceErrors(db.projects, 'projectId', 'project', value.projectId, stored?.projectId),
  );
  if (errors.invoiceId === undefined && value.invoiceId !== undefined) {
    const invoice = await db.invoices.get(value.invoiceId);
    if (invoice !== undefined && invoice.clientId !== value.clientId) errors.invoiceId = 'This invoice belongs to another client';
  }
  return errors;
}

async function importKeyErrors(db: ReputeDb, importKey: string | undefined, exceptId?: string): Promise<FieldErrors> {
  if (importKey === undefined) return {};
  const holder = await db.payments.where('importKey').equals(importKey).first();
  return holder !== undefined && holder.id !== exceptId ? { importKey: 'A payment with this import key already exists' } : {};
}

export async function createPayment(db: ReputeDb, input: PaymentInput): Promise<WriteResult<Payment>> {
  return db.transaction('rw', tablesOf(db), async () => {
    const parsed = parseInput(paymentInputSchema, input);
    if (!parsed.ok) return parsed;
    const errors = mergeErrors(await paymentReferenceErrors(db, parsed.value), await importKeyErrors(db, parsed.value.importKey));
    if (hasErrors(errors)) return failed<Payment>(errors);
    const payment: Payment = { ...newRecordMeta(Date.now()), ...parsed.value };
    await db.payments.add(payment);
    await applyRollupChange(db, [], [paymentContribution(payment)]);
    await settleInvoice(db, payment.invoiceId, payment.createdAt);
    return succeeded(payment);
  });
}

/**
 * Records money received. Against an invoice it must be in the invoice's currency, the invoice issued and still
 * owed on, and the amount no more than what is outstanding (refused on `amountMinor`, naming the amount); the
 * invoice's paidMinor and status (partially paid, paid) follow in the same transaction. Without an invoice it is
 * an earning in its own right, such as a marketplace payout.
 */
export async function recordPayment(db: ReputeDb, input: PaymentInput): Promise<WriteResult<Payment>> {
  return db.transaction('rw', tablesOf(db), async () => {
    const parsed = parseInput(paymentInputSchema, input);
    if (!parsed.ok) return parsed;
    const references = mergeErrors(await paymentReferenceErrors(db, parsed.value), await importKeyErrors(db, parsed.value.importKey));
    if (hasErrors(references)) return failed<Payment>(references);
    const refusal = await overpaymentErrors(db, parsed.value);
    if (hasErrors(refusal)) return failed<Payment>(refusal);
    return createPayment(db, parsed.value);
  });
}

function changesWhatItPays(stored: Payment, value: PaymentInput): boolean {
  return stored.invoiceId !== value.invoiceId || stored.amountMinor !== value.amountMinor || stored.currency !== value.currency;
}

/**
 * Merges and validates the patch. A change to the invoice, amount or currency is checked as recordPayment checks a
 * new payment; the invoices it leaves and joins are settled in the same transaction.
 */
export async function updatePayment(db: ReputeDb, id: string, patch: Partial<PaymentInput>): Promise<WriteResult<Payment>> {
  return db.transaction('rw', tablesOf(db), async () => {
    const stored = await db.payments.get(id);
    if (stored === undefined) return noSuchRecord<Payment>('payment');
    const parsed = parseInput(paymentInputSchema, { ...stored, ...patch });
    if (!parsed.ok) return parsed;
    const errors = mergeErrors(await paymentReferenceErrors(db, parsed.value, stored), await importKeyErrors(db, parsed.value.importKey, id));
    if (hasErrors(errors)) return failed<Payment>(errors);
    const refusal = changesWhatItPays(stored, parsed.value) ? await overpaymentErrors(db, parsed.value, id) : {};
    if (hasErrors(refusal)) return failed<Payment>(refusal);
    const payment: Payment = { ...updatedMeta(stored, Date.now()), ...parsed.value };
    await db.payments.put(payment);
    await applyRollupChange(db, [paymentContribution(stored)], [paymentContribution(payment)]);
    await settleInvoice(db, stored.invoiceId, payment.updatedAt);
    if (payment.invoiceId !== stored.invoiceId) await settleInvoice(db, payment.invoiceId, payment.updatedAt);
    return succeeded(payment);
  });
}

async function setPaymentDeletedAt(db: ReputeDb, id: string, deletedAt: number | undefined): Promise<WriteResult<Payment>> {
  return db.transaction('rw', tablesOf(db), async () => {
    const stored = await db.payments.get(id);
    if (stored === undefined) return noSuchRecord<Payment>('payment');
    if (deletedAt === undefined && stored.deletedAt !== undefined) {
      const refusal = await restoreErrors(db, stored);
      if (hasErrors(refusal)) return failed<Payment>(refusal);
    }
    const change = await setDeletedAt(db.payments, id, deletedAt);
    if (change === undefined) return noSuchRecord<Payment>('payment');
    await applyRollupChange(db, [paymentContribution(change.before)], [paymentContribution(change.after)]);
    await settleInvoice(db, change.after.invoiceId, change.after.updatedAt);
    return succeeded(change.after);
  });
}

/**
 * Soft delete, taking the payment out of the rollups and off its invoice (whose status follows), in one transaction.
 * Restore puts it back the same way, unless the invoice was paid again since (see restoreErrors).
 */
export function deletePayment(db: ReputeDb, id: string): Promise<WriteResult<Payment>> {
  return setPaymentDeletedAt(db, id, Date.now());
}

export function restorePayment(db: ReputeDb, id: string): Promise<WriteResult<Payment>> {
  return setPaymentDeletedAt(db, id, undefined);
}

/** Returns soft-deleted payments too (check deletedAt), so undo screens can show what they restore. */
export function getPayment(db: ReputeDb, id: string): Promise<Payment | undefined> {
  return db.payments.get(id);
}

/** Live payments, newest date first. */
export async function listPayments(db: ReputeDb, options: { clientId?: string; invoiceId?: string } = {}): Promise<Payment[]> {
  const { clientId, invoiceId } = options;
  const candidates =
    invoiceId !== undefined ? db.payments.where('invoiceId').equals(invoiceId) : clientId !== undefined ? db.payments.where('clientId').equals(clientId) : db.payments.toCollection();
  const payments = await candidates.filter((payment) => isLive(payment) && (clientId === undefined || payment.clientId === clientId)).toArray();
  return payments.sort((a, b) => b.date.localeCompare(a.date) || b.createdAt - a.createdAt || a.id.localeCompare(b.id));
}

/**
 * Live payments passing every filter given (client, first and last day inclusive, method), newest date first. The
 * client and date range go through the [clientId+date] or date index, so a long history is not scanned.
 */
export async function listPaymentsFiltered(db: ReputeDb, filter: PaymentFilter): Promise<Payment[]> {
  const { clientId, from, to } = filter;
  if (from !== undefined && to !== undefined && from > to) return [];
  const lowest = from ?? '';
  const highest = to ?? '\uffff';
  const candidates =
    clientId !== undefined
      ? db.payments.where('[clientId+date]').between([clientId, lowest], [clientId, highest], true, true)
      : db.payments.where('date').between(lowest, highest, true, true);
  const payments = await candidates.filter((payment) => isLive(payment) && matchesPaymentFilter(payment, filter)).toArray();
  return payments.sort((a, b) => b.date.localeCompare(a.date) || b.createdAt - a.createdAt || a.id.localeCompare(b.id));
}
