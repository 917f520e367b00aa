import { useDisplayLocale } from '../../app/use-settings';
import type { Client, Invoice, Payment } from '../../domain/model';
import { DataTable, type DataTableColumn } from '../../ui/DataTable';
import { Money } from '../../ui/Money';
import { formatDay } from '../time/date-display';
import { paymentMethodLabel, paymentNetMinor } from './payment-totals';

interface PaymentsTableProps {
  payments: readonly Payment[];
  clientsById: ReadonlyMap<string, Client>;
  invoicesById: ReadonlyMap<string, Invoice>;
}

function InvoiceReference({ payment, invoicesById }: { payment: Payment; invoicesById: ReadonlyMap<string, Invoice> }) {
  if (payment.invoiceId === undefined) return <span className="muted">—</span>;
  return <>{invoicesById.get(payment.invoiceId)?.number ?? <span className="muted">Draft</span>}</>;
}

export function PaymentsTable({ payments, clientsById, invoicesById }: PaymentsTableProps) {
  const locale = useDisplayLocale();
  const columns: ReadonlyArray<DataTableColumn<Payment>> = [
    { key: 'date', header: 'Date', cell: (payment) => <span className="payments-nowrap">{formatDay(payment.date, locale)}</span> },
    { key: 'client', header: 'Client', cell: (payment) => clientsById.get(payment.clientId)?.name ?? <span className="muted">Unknown client</span> },
    { key: 'invoice', header: 'Invoice', cell: (payment) => <InvoiceReference payment={payment} invoicesById={invoicesById} /> },
    { key: 'amount', header: 'Amount', align: 'end', cell: (payment) => <Money amountMinor={payment.amountMinor} currency={payment.currency} /> },
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
        <span className="payments-net">
          <Money amountMinor={paymentNetMinor(payment)} currency={payment.currency} />
        </span>
      ),
    },
    { key: 'method', header: 'Method', cell: (payment) => paymentMethodLabel(payment.method) },
  ];
  return <DataTable label="Payments" rows={payments} columns={columns} rowKey={(payment) => payment.id} />;
}
