import type { Invoice, Payment } from '../../domain/model';
import type { ReputeDb } from '../db';

/**
 * The invoices issued and the payments dated from `from` to `to` (both included, `YYYY-MM-DD`), each through its date
 * index: a few weeks of them, for figures finer than the monthly rollups, such as this week against last week.
 */
export function readMoneyBetween(db: ReputeDb, range: { from: string; to: string }): Promise<{ invoices: Invoice[]; payments: Payment[] }> {
  return db.transaction('r', [db.invoices, db.payments], async () => {
    const [invoices, payments] = await Promise.all([
      db.invoices.where('issueDate').between(range.from, range.to, true, true).toArray(),
      db.payments.where('date').between(range.from, range.to, true, true).toArray(),
    ]);
    return { invoices, payments };
  });
}
