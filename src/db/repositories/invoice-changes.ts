import type { Invoice } from '../../domain/model';
import { invoiceSettlement } from '../../domain/invoices/invoice-settlement';
import { invoiceContribution } from '../../domain/rollups/rollup-contributions';
import type { ReputeDb } from '../db';
import { applyRollupChange } from './rollups';

/**
 * Brings what is kept beside an invoice in line with a write of it: its contribution to the rollups, and its row in
 * settlements (there while it is paid in full, gone once it is not). Call it inside the write's own transaction, with
 * rollups, projectTotals and settlements in its scope; `before` is undefined for a new invoice.
 */
export async function applyInvoiceChange(db: ReputeDb, before: Invoice | undefined, after: Invoice): Promise<void> {
  await applyRollupChange(db, before === undefined ? [] : [invoiceContribution(before)], [invoiceContribution(after)]);
  const settlement = invoiceSettlement(after);
  if (settlement !== undefined) await db.settlements.put(settlement);
  else if (before !== undefined && invoiceSettlement(before) !== undefined) await db.settlements.delete(after.id);
}
