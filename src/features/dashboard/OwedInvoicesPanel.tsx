import { Link } from 'react-router';
import type { Client } from '../../domain/model';
import type { OwedInvoice } from '../../domain/reports/owed-invoices';
import { formatDay } from '../../shared/date-display';
import { useDisplayLocale } from '../../shared/settings-context';
import { Badge } from '../../ui/Badge';
import { DataTable } from '../../ui/DataTable';
import { Money } from '../../ui/Money';
import { Panel } from '../../ui/Panel';
import styles from './OwedInvoicesPanel.module.css';

/** The first rows shown; the rest are one link away, on the Invoices screen's outstanding filter. */
const SHOWN = 6;

function dueText(owed: OwedInvoice, locale: string) {
  if (owed.dueDate === undefined) return 'No due date';
  if (owed.daysOverdue === 0) return `Due ${formatDay(owed.dueDate, locale)}`;
  return (
    <>
      {formatDay(owed.dueDate, locale)} <Badge tone="danger">{owed.daysOverdue === 1 ? '1 day overdue' : `${owed.daysOverdue} days overdue`}</Badge>
    </>
  );
}

/** Who owes what, the invoice to chase first on top. */
export function OwedInvoicesPanel({ owed, clientsById }: { owed: readonly OwedInvoice[]; clientsById: ReadonlyMap<string, Pick<Client, 'name'>> }) {
  const locale = useDisplayLocale();
  const overdue = owed.filter((item) => item.daysOverdue > 0).length;
  return (
    <Panel title="Owed to you" className={styles.wide} aside={owed.length === 0 ? 'Every issued invoice is paid.' : `${owed.length} open · ${overdue} overdue, oldest first`}>
      {owed.length > 0 && (
        <DataTable
          label="Owed to you"
          rows={owed.slice(0, SHOWN)}
          rowKey={(item) => item.invoiceId}
          columns={[
            { key: 'invoice', header: 'Invoice', cell: (item) => <Link to={`/invoices/${item.invoiceId}`}>{item.number ?? 'Invoice'}</Link> },
            { key: 'client', header: 'Client', cell: (item) => clientsById.get(item.clientId)?.name ?? 'Deleted client' },
            { key: 'due', header: 'Due', cell: (item) => dueText(item, locale) },
            { key: 'amount', header: 'Outstanding', align: 'end', cell: (item) => <Money amountMinor={item.outstandingMinor} currency={item.currency} /> },
          ]}
        />
      )}
      {owed.length > SHOWN && (
        <Link to="/invoices?status=outstanding" className={styles.more}>
          All {owed.length} open invoices
        </Link>
      )}
    </Panel>
  );
}
