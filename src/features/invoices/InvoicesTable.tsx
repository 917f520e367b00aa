import { useDisplayLocale } from '../../app/use-settings';
import { invoiceDisplayStatus } from '../../domain/invoices/invoice-status';
import type { Client, Invoice } from '../../domain/model';
import { Badge } from '../../ui/Badge';
import { DataTable, type DataTableColumn } from '../../ui/DataTable';
import { Money } from '../../ui/Money';
import { formatDay } from '../time/date-display';
import { INVOICE_STATUS_LABELS, INVOICE_STATUS_TONES } from './invoice-labels';

interface InvoicesTableProps {
  invoices: readonly Invoice[];
  clientsById: ReadonlyMap<string, Client>;
  /** Today's local day, `YYYY-MM-DD`: an unpaid invoice due before it is overdue. */
  today: string;
}

function DayCell({ day, locale }: { day: string | undefined; locale: string }) {
  return day === undefined ? <span className="muted">—</span> : <span className="invoices-nowrap">{formatDay(day, locale)}</span>;
}

export function InvoicesTable({ invoices, clientsById, today }: InvoicesTableProps) {
  const locale = useDisplayLocale();
  const columns: ReadonlyArray<DataTableColumn<Invoice>> = [
    {
      key: 'number',
      header: 'Number',
      cell: (invoice) => (
        <span className="invoices-number">
          {invoice.number ?? <span className="muted">Draft</span>}
          {invoice.kind === 'creditNote' && <Badge>Credit note</Badge>}
        </span>
      ),
    },
    { key: 'client', header: 'Client', cell: (invoice) => clientsById.get(invoice.clientId)?.name ?? <span className="muted">Unknown client</span> },
    { key: 'issued', header: 'Issued', cell: (invoice) => <DayCell day={invoice.issueDate} locale={locale} /> },
    { key: 'due', header: 'Due', cell: (invoice) => <DayCell day={invoice.dueDate} locale={locale} /> },
    {
      key: 'status',
      header: 'Status',
      cell: (invoice) => {
        const status = invoiceDisplayStatus(invoice, today);
        return <Badge tone={INVOICE_STATUS_TONES[status]}>{INVOICE_STATUS_LABELS[status]}</Badge>;
      },
    },
    { key: 'total', header: 'Total', align: 'end', cell: (invoice) => <Money amountMinor={invoice.totals.grossMinor} currency={invoice.currency} /> },
    {
      key: 'paid',
      header: 'Paid',
      align: 'end',
      cell: (invoice) =>
        invoice.kind === 'creditNote' || invoice.status === 'draft' || invoice.status === 'void' ? (
          <span className="muted">—</span>
        ) : (
          <Money amountMinor={invoice.paidMinor} currency={invoice.currency} />
        ),
    },
  ];
  return <DataTable label="Invoices" rows={invoices} columns={columns} rowKey={(invoice) => invoice.id} />;
}
