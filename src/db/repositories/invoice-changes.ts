import type { Invoice } from '../../domain/model';
import { changedSettlementMonth, invoiceSettlement } from '../../domain/invoices/invoice-settlement';
import { invoiceContribution } from '../../domain/rollups/rollup-contributions';
import type { ReputeDb } from '../db';
import { applyRollupChange } from './rollups';

/**
 * Brings what is kept beside an invoice in line with a write of it: its contribution to the rollups, and its place in
 * the settlement months (there while it is paid in full, gone once it is not). Call it inside the write's own
 * transaction, with rollups, projectTotals and settlementMonths in its scope; `before` is undefined for a new invoice.
 */
export async function applyInvoiceChange(db: ReputeDb, before: Invoice | undefined, after: Invoice): Promise<void> {
  await applyRollupChange(db, before === undefined ? [] : [invoiceContribution(before)], [invoiceContribution(after)]);
  const removed = before === undefined ? undefined : invoiceSettlement(before);
  const added = invoiceSettlement(after);
  if (removed?.settledOn === added?.settledOn && removed?.number === added?.number && removed?.issueDate === added?.issueDate && removed?.clientId === added?.clientId) return;
  const months = new Set([removed?.settledOn.slice(0, 7), added?.settledOn.slice(0, 7)]);
  for (const month of months) {
    if (month === undefined) continue;
    const next = changedSettlementMonth(await db.settlementMonths.get(month), month, removed, added);
    if (next === undefined) await db.settlementMonths.delete(month);
    else await db.settlementMonths.put(next);
  }
}
