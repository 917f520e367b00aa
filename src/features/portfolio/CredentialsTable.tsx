import { useDisplayLocale } from '../../shared/settings-context';
import type { Credential } from '../../domain/model';
import { DataTable, type DataTableColumn } from '../../ui/DataTable';
import { formatDay } from '../../shared/date-display';
import styles from './portfolio.module.css';

/** Certificates and micro-credentials, listed in the export with their issuer and dates. */
export function CredentialsTable({ credentials }: { credentials: readonly Credential[] }) {
  const locale = useDisplayLocale();
  const columns: ReadonlyArray<DataTableColumn<Credential>> = [
    { key: 'name', header: 'Credential', width: '32%', cell: (credential) => <span className={styles.credentialName}>{credential.name}</span> },
    { key: 'issuer', header: 'Issuer', cell: (credential) => credential.issuer },
    { key: 'date', header: 'Issued', cell: (credential) => <span className={styles.nowrap}>{formatDay(credential.date, locale)}</span> },
    {
      key: 'expires',
      header: 'Expires',
      cell: (credential) =>
        credential.expires === undefined ? <span className="muted">Never</span> : <span className={styles.nowrap}>{formatDay(credential.expires, locale)}</span>,
    },
    { key: 'skills', header: 'Skills', cell: (credential) => (credential.skills.length === 0 ? <span className="muted">—</span> : credential.skills.join(', ')) },
  ];
  return (
    <DataTable
      label="Credentials"
      rows={credentials}
      columns={columns}
      rowKey={(credential) => credential.id}
      emptyMessage="No credentials yet. Certificates you add will be listed here."
    />
  );
}
