import { Link } from 'react-router';
import { useDisplayLocale } from '../../shared/settings-context';
import type { Client, Invoice, Payment } from '../../domain/model';
import { DataTable, type DataTableColumn } from '../../ui/DataTable';
import { Money } from '../../ui/Money';
import { invoiceTitle } from '../invoices';
import { formatDay } from '../../shared/date-display';
import { paymentMethodLabel } from '../../domain/payments/payment-methods';
import { paymentNetMinor } from '../../domain/payments/payment-totals';
import { PaymentRowActions } from './PaymentRowActions';
import styles from './PaymentsTable.module.css';

interface PaymentsTableProps {
  payments: readonly Payment[];
  clientsById: ReadonlyMap<string, Client>;
  invoicesById: ReadonlyMap<string, Invoice>;
  emptyMessage: string;
}

function InvoiceReference({ payment, invoicesById }: { payment: Payment; invoicesById: ReadonlyMap<string, Invoice> }) {
  if (payment.invoiceId === undefined) return <span className={`muted ${styles.nowrap}`}>No invoice</span>;
  const invoice = invoicesById.get(payment.invoiceId);
  if (invoice === undefined) return <span className="muted">—</span>;
  return (
    <Link to={`/invoices/${invoice.id}`} className={styles.nowrap} aria-label={invoiceTitle(invoice)}>
      {invoice.number ?? 'Draft'}
    </Link>
  );
}

function MethodCell({ payment }: { payment: Payment }) {
  return (
    <span className={styles.method}>
      {paymentMethodLabel(payment.method)}
      {payment.reference !== undefined && payment.reference !== '' && <span className={styles.reference}>{payment.reference}</span>}
    </span>
  );
}

/** The amount received and, below it when the currency is not the base one, what it came to at the rate recorded. */
function AmountCell({ payment }: { payment: Payment }) {
  return (
    <span className={styles.amount}>
      <Money amountMinor={payment.amountMinor} currency={payment.currency} />
      {payment.currency !== payment.baseCurrency && (
        <span className={styles.base} title={`At ${payment.exchangeRate} ${payment.baseCurrency} per ${payment.currency}`}>
          <Money amountMinor={payment.baseAmountMinor} currency={payment.baseCurrency} />
        </span>
      )}
    </span>
  );
}

/**
 * Money that arrived, newest first: gross (with the base-currency value recorded beneath it), what was kept as a fee,
 * the net, and Edit and Delete for each.
 */
export function PaymentsTable({ payments, clientsById, invoicesById, emptyMessage }: PaymentsTableProps) {
  const locale = useDisplayLocale();
  const columns: ReadonlyArray<DataTableColumn<Payment>> = [
    { key: 'date', header: 'Date', cell: (payment) => <span className={styles.nowrap}>{formatDay(payment.date, locale)}</span> },
    { key: 'client', header: 'Client', cell: (payment) => clientsById.get(payment.clientId)?.name ?? <span className="muted">Unknown client</span> },
    { key: 'invoice', header: 'Invoice', cell: (payment) => <InvoiceReference payment={payment} invoicesById={invoicesById} /> },
    { key: 'method', header: 'Method', cell: (payment) => <MethodCell payment={payment} /> },
    { key: 'amount', header: 'Amount', align: 'end', cell: (payment) => <AmountCell payment={payment} /> },
    {
      key: 'fee',
      header: 'Fee',
      align: 'end',
      cell: (payment) => (payment.feeMinor === 0 ? <span className="muted">—</span> : <Money amountMinor={payment.feeMinor} currency={payment.currency} />),
    },
    {
      key: 'net',
      header: 'Net',
      align: 'end',
      cell: (payment) => (
        <span className={styles.net}>
          <Money amountMinor={paymentNetMinor(payment)} currency={payment.currency} />
        </span>
      ),
    },
    { key: 'actions', header: 'Actions', align: 'end', cell: (payment) => <PaymentRowActions payment={payment} /> },
  ];
  return <DataTable label="Payments" rows={payments} columns={columns} rowKey={(payment) => payment.id} emptyMessage={emptyMessage} />;
}
