import { parseExportDate, parseMoneyCell } from './field-parsers';
import type { FormatContext, FormatReader } from './format-context';
import { cellReader, type CellReader } from './header-columns';
import { importKeyOf } from './import-key';
import { NO_CLIENT_NAME, type ImportedPayment, type ImportedPaymentKind, type ImportProblem } from './import-types';
import type { CsvRow } from './csv-table';

/** Upwork's account is kept in US dollars; the statement's Currency column is the bank's, for withdrawals. */
const ACCOUNT_CURRENCY = 'USD';

type RowRole = ImportedPaymentKind | 'fee';

const ROLE_BY_TYPE: Record<string, RowRole> = {
  hourly: 'earning',
  'fixed price': 'earning',
  'fixed-price': 'earning',
  bonus: 'earning',
  withdrawal: 'withdrawal',
  payment: 'withdrawal',
  refund: 'refund',
  'service fee': 'fee',
};

interface Layout {
  format: 'upwork' | 'upwork-2023';
  id: string;
  type: string;
  amount: string;
  description: (read: CellReader) => string;
}

const CLASSIC: Layout = { format: 'upwork', id: 'Ref ID', type: 'Type', amount: 'Amount', description: (read) => read('Description') };
const TRANSACTIONS_2023: Layout = {
  format: 'upwork-2023',
  id: 'Transaction ID',
  type: 'Transaction Type',
  amount: 'Amount $',
  description: (read) => [read('Transaction Summary'), read('Transaction Summary Details')].map((part) => part.trim()).filter(Boolean).join(' — '),
};

interface FeeRow {
  referencedId: string | undefined;
  amountMinor: number;
  payment: ImportedPayment;
}

function referencedIdIn(description: string): string | undefined {
  return /Ref ID:?\s*(\d+)/i.exec(description)?.[1];
}

function readPaymentRow(row: CsvRow, context: FormatContext, layout: Layout, problems: ImportProblem[]): { role: RowRole; id: string; payment: ImportedPayment } | undefined {
  const read = cellReader(context.columns, row.cells);
  const date = parseExportDate(read('Date'), context.dateOrder);
  if (!date.ok) problems.push({ line: row.line, field: 'Date', message: date.message });
  const amount = parseMoneyCell(read(layout.amount), ACCOUNT_CURRENCY, context.decimalComma);
  if (!amount.ok) problems.push({ line: row.line, field: layout.amount, message: amount.message });
  if (!date.ok || !amount.ok) return undefined;
  const role = ROLE_BY_TYPE[read(layout.type).trim().toLowerCase()] ?? 'adjustment';
  const id = read(layout.id).trim();
  const payment: ImportedPayment = {
    importKey: importKeyOf(layout.format, [id === '' ? `${row.line}` : id], 0),
    clientName: role === 'withdrawal' ? '' : read('Team').trim() || read('Account Name').trim() || NO_CLIENT_NAME,
    date: date.value,
    amountMinor: amount.value,
    feeMinor: 0,
    currency: ACCOUNT_CURRENCY,
    kind: role === 'fee' ? 'adjustment' : role,
    description: layout.description(read).trim().slice(0, 200),
    line: row.line,
  };
  const localCurrency = read('Currency').trim();
  const localAmount = read('Amount in local currency').trim();
  if (role === 'withdrawal' && /^[A-Z]{3}$/.test(localCurrency) && localAmount !== '') {
    const local = parseMoneyCell(localAmount, localCurrency, context.decimalComma);
    if (local.ok) {
      payment.localAmountMinor = local.value;
      payment.localCurrency = localCurrency;
    }
  }
  return { role, id, payment };
}

/**
 * Upwork's transaction history (the classic statement and the 2023 export) as money movements. A service fee is
 * the fee of the earning it names ("Ref ID …"); a fee given back goes with the refund of that same earning. A fee
 * that names nothing in the file stands as an adjustment of its own.
 */
function readUpworkRows(layout: Layout): FormatReader {
  return (rows, context) => {
    const problems: ImportProblem[] = [];
    const payments: ImportedPayment[] = [];
    const byId = new Map<string, ImportedPayment>();
    const refundsByReferencedId = new Map<string, ImportedPayment>();
    const fees: FeeRow[] = [];
    for (const row of rows) {
      const read = readPaymentRow(row, context, layout, problems);
      if (read === undefined) continue;
      if (read.role === 'fee') {
        fees.push({ referencedId: referencedIdIn(read.payment.description), amountMinor: read.payment.amountMinor, payment: read.payment });
        continue;
      }
      payments.push(read.payment);
      if (read.id !== '') byId.set(read.id, read.payment);
      const referenced = read.role === 'refund' ? referencedIdIn(read.payment.description) : undefined;
      if (referenced !== undefined) refundsByReferencedId.set(referenced, read.payment);
    }
    for (const fee of fees) {
      const refund = fee.referencedId === undefined || fee.amountMinor <= 0 ? undefined : refundsByReferencedId.get(fee.referencedId);
      const target = refund ?? (fee.referencedId === undefined ? undefined : byId.get(fee.referencedId));
      // The statement signs fees as they move the balance; a payment keeps the fee withheld as a positive number.
      if (target !== undefined) target.feeMinor -= fee.amountMinor;
      else payments.push(fee.payment);
    }
    payments.sort((a, b) => a.line - b.line);
    return { timeEntries: [], payments, feedback: [], problems };
  };
}

export const readUpworkClassicRows = readUpworkRows(CLASSIC);
export const readUpwork2023Rows = readUpworkRows(TRANSACTIONS_2023);
