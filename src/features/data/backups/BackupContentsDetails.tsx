import { DataTable } from '../../../ui/DataTable';
import { backupCountRows } from './backup-counts';
import type { BackupContents } from './use-restore-flow';
import styles from './BackupContentsDetails.module.css';

/** What a backup holds, before anything is replaced: when it was made, by which format, and how many records. */
export function BackupContentsDetails({ contents, locale }: { contents: BackupContents; locale: string }) {
  const number = new Intl.NumberFormat(locale);
  const made = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short' }).format(contents.exportedAt);
  return (
    <div className={styles.backupContents}>
      <dl className="key-values">
        <dt>Made</dt>
        <dd>{made}</dd>
        <dt>Version</dt>
        <dd>
          Backup format {contents.formatVersion}, database version {contents.schemaVersion}
        </dd>
      </dl>
      <DataTable
        label="Records in the backup"
        rows={backupCountRows(contents.counts)}
        rowKey={(row) => row.table}
        emptyMessage="The backup holds no records."
        columns={[
          { key: 'label', header: 'Kind', cell: (row) => row.label },
          { key: 'count', header: 'Records', align: 'end', width: '140px', cell: (row) => <span className="tabular">{number.format(row.count)}</span> },
        ]}
      />
    </div>
  );
}
