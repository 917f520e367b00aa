import type { Invoice, Payment, Settlement, SettlementMonth } from '../model';

type SettlingPayment = Pick<Payment, 'id' | 'date' | 'amountMinor' | 'currency' | 'deletedAt'>;

/**
 * The day of the live payment that brought what was paid in the invoice's currency up to its gross, taking the
 * payments in date order (then id), or undefined when they do not cover it.
 */
export function settlementDay(invoice: Pick<Invoice, 'currency' | 'totals'>, payments: readonly SettlingPayment[]): string | undefined {
  let paidMinor = 0;
  const inDateOrder = payments.filter((payment) => payment.deletedAt === undefined && payment.currency === invoice.currency);
  inDateOrder.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  for (const payment of inDateOrder) {
    paidMinor += payment.amountMinor;
    if (paidMinor >= invoice.totals.grossMinor) return payment.date;
  }
  return undefined;
}

/** The invoice with settledOn as its payments leave it: the settlement day while it is paid, nothing otherwise. */
export function withSettlementDay(invoice: Invoice, payments: readonly SettlingPayment[]): Invoice {
  const day = invoice.kind === 'invoice' && invoice.status === 'paid' ? settlementDay(invoice, payments) : undefined;
  if (day === invoice.settledOn) return invoice;
  const next: Invoice = { ...invoice };
  if (day === undefined) delete next.settledOn;
  else next.settledOn = day;
  return next;
}

/** The invoices whose settledOn their payments change. */
function invoicesWithNewSettlementDays(invoices: readonly Invoice[], payments: readonly (SettlingPayment & Pick<Payment, 'invoiceId'>)[]): Invoice[] {
  const paymentsByInvoice = new Map<string, SettlingPayment[]>();
  for (const payment of payments) {
    if (payment.invoiceId === undefined) continue;
    const list = paymentsByInvoice.get(payment.invoiceId) ?? [];
    list.push(payment);
    paymentsByInvoice.set(payment.invoiceId, list);
  }
  return invoices.flatMap((invoice) => {
    const next = withSettlementDay(invoice, paymentsByInvoice.get(invoice.id) ?? []);
    return next === invoice ? [] : [next];
  });
}

/**
 * The settlement an invoice stands for: a live invoice (not a credit note), paid, issued, for more than nothing, with
 * its settlement day; undefined for every other.
 */
export function invoiceSettlement(invoice: Invoice): Settlement | undefined {
  const { issueDate, number, settledOn } = invoice;
  if (invoice.deletedAt !== undefined || invoice.kind !== 'invoice' || invoice.status !== 'paid' || invoice.totals.grossMinor <= 0) return undefined;
  if (issueDate === undefined || number === undefined || settledOn === undefined) return undefined;
  return { invoiceId: invoice.id, clientId: invoice.clientId, number, issueDate, settledOn };
}

export interface RebuiltSettlements {
  /** Every invoice, in the order given, with settledOn as its payments leave it. */
  invoices: Invoice[];
  /** Only those whose settledOn changed: what an existing database writes back. */
  changedInvoices: Invoice[];
  settlements: Settlement[];
}

/**
 * Settlement days and settlements rebuilt from the invoices and payments themselves, the way a schema upgrade, a
 * restored backup or a bulk load fills them.
 */
export function settlementsFromRecords(invoices: readonly Invoice[], payments: readonly (SettlingPayment & Pick<Payment, 'invoiceId'>)[]): RebuiltSettlements {
  const changedInvoices = invoicesWithNewSettlementDays(invoices, payments);
  const changedById = new Map(changedInvoices.map((invoice) => [invoice.id, invoice]));
  const settled = invoices.map((invoice) => changedById.get(invoice.id) ?? invoice);
  return { invoices: settled, changedInvoices, settlements: settled.flatMap((invoice) => invoiceSettlement(invoice) ?? []) };
}

function bySettlementDay(a: Settlement, b: Settlement): number {
  return a.settledOn < b.settledOn ? -1 : a.settledOn > b.settledOn ? 1 : a.invoiceId < b.invoiceId ? -1 : a.invoiceId > b.invoiceId ? 1 : 0;
}

/** Settlements grouped into their months' rows, by month. */
export function groupSettlementsByMonth(settlements: readonly Settlement[]): SettlementMonth[] {
  const byMonth = new Map<string, Settlement[]>();
  for (const settlement of settlements) {
    const month = settlement.settledOn.slice(0, 7);
    const inMonth = byMonth.get(month) ?? [];
    inMonth.push(settlement);
    byMonth.set(month, inMonth);
  }
  return [...byMonth]
    .map(([month, inMonth]) => ({ month, settlements: inMonth.sort(bySettlementDay) }))
    .sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
}

/**
 * One month's row after an invoice's settlement changed from `removed` to `added` (either may be absent, or in
 * another month); undefined when the month is left with none.
 */
export function changedSettlementMonth(row: SettlementMonth | undefined, month: string, removed: Settlement | undefined, added: Settlement | undefined): SettlementMonth | undefined {
  const kept = (row?.settlements ?? []).filter((settlement) => settlement.invoiceId !== removed?.invoiceId && settlement.invoiceId !== added?.invoiceId);
  if (added !== undefined && added.settledOn.slice(0, 7) === month) kept.push(added);
  return kept.length === 0 ? undefined : { month, settlements: kept.sort(bySettlementDay) };
}
