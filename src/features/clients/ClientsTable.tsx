import { useDisplayLocale } from '../../shared/settings-context';
import { platformLabel } from '../../domain/clients/client-display';
import { DataTable, type DataTableColumn } from '../../ui/DataTable';
import { formatDay } from '../../shared/date-display';
import styles from './ClientListPage.module.css';
import { ClientNameCell } from './ClientNameCell';
import { ClientTags } from './ClientTags';
import { MoneyAmounts } from '../../ui/MoneyAmounts';
import type { ClientListEntry } from './use-clients';

export function ClientsTable({ entries, emptyMessage }: { entries: readonly ClientListEntry[]; emptyMessage: string }) {
  const locale = useDisplayLocale();
  const columns: ReadonlyArray<DataTableColumn<ClientListEntry>> = [
    { key: 'name', header: 'Name', width: '30%', cell: (entry) => <ClientNameCell client={entry.client} /> },
    { key: 'platform', header: 'Platform', cell: (entry) => platformLabel(entry.client.platform) },
    {
      key: 'activity',
      header: 'Last activity',
      cell: (entry) => (entry.lastActivityDay === undefined ? <span className="muted">None yet</span> : <span className={styles.nowrap}>{formatDay(entry.lastActivityDay, locale)}</span>),
    },
    { key: 'received', header: 'Received', align: 'end', cell: (entry) => <MoneyAmounts amounts={entry.received} layout="stacked" /> },
    { key: 'outstanding', header: 'Outstanding', align: 'end', cell: (entry) => <MoneyAmounts amounts={entry.outstanding} layout="stacked" /> },
    { key: 'tags', header: 'Tags', cell: (entry) => <ClientTags tags={entry.client.tags} /> },
  ];
  return <DataTable label="Clients" rows={entries} columns={columns} rowKey={(entry) => entry.client.id} emptyMessage={emptyMessage} />;
}
