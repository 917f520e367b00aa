import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db';
import { getInvoice } from '../../db/repositories/invoices';

/** Numbers of the issued invoices among `invoiceIds`, kept live; drafts have none yet. */
export function useInvoiceNumbers(invoiceIds: readonly string[]): ReadonlyMap<string, string> {
  const key = [...new Set(invoiceIds)].sort().join('|');
  const numbers = useLiveQuery(async () => {
    const ids = key === '' ? [] : key.split('|');
    const invoices = await Promise.all(ids.map((id) => getInvoice(db, id)));
    const found = new Map<string, string>();
    for (const invoice of invoices) if (invoice?.number !== undefined) found.set(invoice.id, invoice.number);
    return found;
  }, [key]);
  return numbers ?? NO_NUMBERS;
}

const NO_NUMBERS: ReadonlyMap<string, string> = new Map();
