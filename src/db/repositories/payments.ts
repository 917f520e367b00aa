import { paymentInputSchema, type Payment, type PaymentInput } from '../../domain/model';
import { paymentContribution } from '../../domain/rollups/rollup-contributions';
import type { ReputeDb } from '../db';
import { hasErrors, isLive, mergeErrors, newRecordMeta, noSuchRecord, parseInput, referenceErrors, setDeletedAt, updatedMeta } from './record-commands';
import { applyRollupChange } from './rollups';
import { failed, succeeded, type FieldErrors, type WriteResult } from './write-result';

function tablesOf(db: ReputeDb) {
  return [db.payments, db.clients, db.invoices, db.projects, db.rollups];
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
    return succeeded(payment);
  });
}

export async function updatePayment(db: ReputeDb, id: string, patch: Partial<PaymentInput>): Promise<WriteResult<Payment>> {
  return db.transaction('rw', tablesOf(db), async () => {
    const stored = await db.payments.get(id);
    if (stored === undefined) return noSuchRecord<Payment>('payment');
    const parsed = parseInput(paymentInputSchema, { ...stored, ...patch });
    if (!parsed.ok) return parsed;
    const errors = mergeErrors(await paymentReferenceErrors(db, parsed.value, stored), await importKeyErrors(db, parsed.value.importKey, id));
    if (hasErrors(errors)) return failed<Payment>(errors);
    const payment: Payment = { ...updatedMeta(stored, Date.now()), ...parsed.value };
    await db.payments.put(payment);
    await applyRollupChange(db, [paymentContribution(stored)], [paymentContribution(payment)]);
    return succeeded(payment);
  });
}

async function setPaymentDeletedAt(db: ReputeDb, id: string, deletedAt: number | undefined): Promise<void> {
  await db.transaction('rw', tablesOf(db), async () => {
    const change = await setDeletedAt(db.payments, id, deletedAt);
    if (change !== undefined) await applyRollupChange(db, [paymentContribution(change.before)], [paymentContribution(change.after)]);
  });
}

/** Soft delete, taking the payment out of the rollups; restore puts it back. */
export function deletePayment(db: ReputeDb, id: string): Promise<void> {
  return setPaymentDeletedAt(db, id, Date.now());
}

export function restorePayment(db: ReputeDb, id: string): Promise<void> {
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
