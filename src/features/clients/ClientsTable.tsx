import { paymentTermsLabel, platformLabel } from '../../domain/clients/client-display';
import type { Client } from '../../domain/model';
import { Badge } from '../../ui/Badge';
import { DataTable, type DataTableColumn } from '../../ui/DataTable';
import { Money } from '../../ui/Money';
import { ClientNameCell } from './ClientNameCell';

const COLUMNS: ReadonlyArray<DataTableColumn<Client>> = [
  { key: 'name', header: 'Name', cell: (client) => <ClientNameCell client={client} />, width: '28%' },
  { key: 'company', header: 'Company', cell: (client) => client.company ?? <span className="muted">—</span> },
  { key: 'platform', header: 'Platform', cell: (client) => platformLabel(client.platform) },
  { key: 'currency', header: 'Currency', cell: (client) => client.currency },
  {
    key: 'rate',
    header: 'Default rate',
    align: 'end',
    cell: (client) =>
      client.defaultRateMinor === undefined ? (
        <span className="muted">—</span>
      ) : (
        <span className="clients-rate">
          <Money amountMinor={client.defaultRateMinor} currency={client.currency} />
          <span className="muted"> / h</span>
        </span>
      ),
  },
  { key: 'terms', header: 'Terms', cell: (client) => <span className="clients-nowrap">{paymentTermsLabel(client.paymentTermsDays)}</span> },
  {
    key: 'tags',
    header: 'Tags',
    cell: (client) =>
      client.tags.length === 0 ? (
        <span className="muted">—</span>
      ) : (
        <span className="clients-tags">
          {client.tags.map((tag) => (
            <Badge key={tag}>{tag}</Badge>
          ))}
        </span>
      ),
  },
];

export function ClientsTable({ clients, emptyMessage }: { clients: readonly Client[]; emptyMessage: string }) {
  return <DataTable label="Clients" rows={clients} columns={COLUMNS} rowKey={(client) => client.id} emptyMessage={emptyMessage} />;
}
