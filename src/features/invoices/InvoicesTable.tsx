import { Link } from 'react-router';
import { useDisplayLocale } from '../../shared/settings-context';
import { invoiceDisplayStatus, invoiceOutstandingMinor, isInvoiceOverdue } from '../../domain/invoices/invoice-status';
import type { Client, Invoice } from '../../domain/model';
import { Badge } from '../../ui/Badge';
import { DataTable, type DataTableColumn } from '../../ui/DataTable';
import { Money } from '../../ui/Money';
import { formatDay } from '../../shared/date-display';
import { INVOICE_STATUS_LABELS } from '../../domain/invoices/invoice-status-labels';
import { INVOICE_STATUS_TONES, invoiceTitle, overdueLabel } from './invoice-labels';
import styles from './InvoicesTable.module.css';

interface InvoicesTableProps {
  invoices: readonly Invoice[];
  clientsById: ReadonlyMap<string, Client>;
  /** Today's local day, `YYYY-MM-DD`: an unpaid invoice due before it is overdue. */
  today: string;
  emptyMessage: string;
}

function DayCell({ day, locale }: { day: string | undefined; locale: string }) {
  return day === undefined ? <span className="muted">—</span> : <span className={styles.nowrap}>{formatDay(day, locale)}</span>;
}

function NumberCell({ invoice }: { invoice: Invoice }) {
  return (
    <span className={styles.number}>
      <Link to={`/invoices/${invoice.id}`} className={styles.numberLink} aria-label={invoiceTitle(invoice)}>
        {invoice.number ?? 'Draft'}
      </Link>
      {invoice.kind === 'creditNote' && <Badge>Credit note</Badge>}
    </span>
  );
}

function DueCell({ invoice, today, locale }: { invoice: Invoice; today: string; locale: string }) {
  if (invoice.dueDate === undefined || invoice.kind === 'creditNote') return <span className="muted">—</span>;
  if (!isInvoiceOverdue(invoice, today)) return <DayCell day={invoice.dueDate} locale={locale} />;
  return (
    <span className={styles.dueOverdue}>
      <span className={styles.nowrap}>{formatDay(invoice.dueDate, locale)}</span>
      <span className={styles.overdueDays}>{overdueLabel(invoice.dueDate, today)}</span>
    </span>
  );
}

function OutstandingCell({ invoice, today }: { invoice: Invoice; today: string }) {
  if (invoice.kind === 'creditNote' || invoice.status === 'draft' || invoice.status === 'void') return <span className="muted">—</span>;
  const outstanding = invoiceOutstandingMinor(invoice);
  if (outstanding === 0) return <span className="muted">Settled</span>;
  return (
    <span className={[styles.outstanding, isInvoiceOverdue(invoice, today) && styles.overdue].filter(Boolean).join(' ')}>
      <Money amountMinor={outstanding} currency={invoice.currency} />
    </span>
  );
}

/** Every invoice in view, each number a link to its page; what is owed and what is late stands out. */
export function InvoicesTable({ invoices, clientsById, today, emptyMessage }: InvoicesTableProps) {
  const locale = useDisplayLocale();
  const columns: ReadonlyArray<DataTableColumn<Invoice>> = [
    { key: 'number', header: 'Number', cell: (invoice) => <NumberCell invoice={invoice} /> },
    { key: 'client', header: 'Client', cell: (invoice) => clientsById.get(invoice.clientId)?.name ?? <span className="muted">Unknown client</span> },
    { key: 'issued', header: 'Issued', cell: (invoice) => <DayCell day={invoice.issueDate} locale={locale} /> },
    { key: 'due', header: 'Due', cell: (invoice) => <DueCell invoice={invoice} today={today} locale={locale} /> },
    {
      key: 'status',
      header: 'Status',
      cell: (invoice) => {
        const status = invoiceDisplayStatus(invoice, today);
        return <Badge tone={INVOICE_STATUS_TONES[status]}>{INVOICE_STATUS_LABELS[status]}</Badge>;
      },
    },
    { key: 'total', header: 'Total', align: 'end', cell: (invoice) => <Money amountMinor={invoice.totals.grossMinor} currency={invoice.currency} /> },
    { key: 'outstanding', header: 'Outstanding', align: 'end', cell: (invoice) => <OutstandingCell invoice={invoice} today={today} /> },
  ];
  return <DataTable label="Invoices" rows={invoices} columns={columns} rowKey={(invoice) => invoice.id} emptyMessage={emptyMessage} />;
}
