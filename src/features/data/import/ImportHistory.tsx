import { useState } from 'react';
import { useDisplayLocale } from '../../../shared/settings-context';
import type { ImportRecord } from '../../../domain/model';
import { useAnnounce } from '../../../ui/Announcer';
import { Badge } from '../../../ui/Badge';
import { Button } from '../../../ui/Button';
import { DataTable } from '../../../ui/DataTable';
import { ConfirmDialog } from '../../../ui/Dialog';
import { countsList, undoneSummaryText } from './import-summary-text';
import { useImportCommands } from './use-import-commands';
import { useImportHistory } from './use-imports';
import { writeErrorMessage } from './write-error-message';
import styles from './import.module.css';

const SOURCE_LABELS: Record<ImportRecord['source'], string> = {
  toggl: 'Toggl Track',
  clockify: 'Clockify',
  harvest: 'Harvest',
  upwork: 'Upwork',
  'repute-feedback': 'Repute feedback CSV',
};

function isUndone(record: ImportRecord): boolean {
  return record.undoneAt !== undefined;
}

/** Every import so far, newest first, each with the way to take it back. */
export function ImportHistory() {
  const imports = useImportHistory();
  const { undoImport } = useImportCommands();
  const locale = useDisplayLocale();
  const announce = useAnnounce();
  const [undoing, setUndoing] = useState<ImportRecord | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });

  const confirmUndo = async (record: ImportRecord) => {
    setBusy(true);
    try {
      const result = await undoImport(record.id);
      if (result.ok) {
        announce(undoneSummaryText(result.value.added), 'success');
        setUndoing(undefined);
      } else {
        announce(`The import was not undone: ${writeErrorMessage(result.errors)}`, 'danger');
      }
    } catch (error) {
      announce(`The import was not undone: ${error instanceof Error ? error.message : String(error)}`, 'danger');
    } finally {
      setBusy(false);
    }
  };

  if (imports === undefined) return null;

  return (
    <section className="stack-sm" aria-labelledby="import-history-title">
      <h2 id="import-history-title" className="section-title">
        Import history
      </h2>
      <DataTable
        label="Import history"
        rows={imports}
        rowKey={(record) => record.id}
        emptyMessage="No imports yet. Each import you make is listed here and can be undone as a whole."
        columns={[
          { key: 'at', header: 'Imported', width: '190px', cell: (record) => <span className="tabular">{dateFormat.format(record.at)}</span> },
          {
            key: 'file',
            header: 'File',
            cell: (record) => (
              <span className={styles.importName}>
                {record.fileName}
                <span className={styles.importNameClient}>{SOURCE_LABELS[record.source]}</span>
              </span>
            ),
          },
          { key: 'added', header: 'Added', cell: (record) => countsList(record.counts) || <span className="muted">Nothing new</span> },
          {
            key: 'action',
            header: 'Action',
            align: 'end',
            width: '150px',
            cell: (record) =>
              isUndone(record) ? (
                <Badge>Undone</Badge>
              ) : (
                <Button size="sm" variant="secondary" aria-label={`Undo import of ${record.fileName}`} onClick={() => setUndoing(record)}>
                  Undo import
                </Button>
              ),
          },
        ]}
      />
      <ConfirmDialog
        open={undoing !== undefined}
        title="Undo this import?"
        message={
          undoing === undefined ? (
            ''
          ) : (
            <p>
              This removes what “{undoing.fileName}” added on {dateFormat.format(undoing.at)}: {countsList(undoing.counts) || 'nothing that is still here'}. Clients and
              projects that other records use since are kept. An import whose time has been invoiced cannot be undone.
            </p>
          )
        }
        confirmLabel="Undo import"
        busy={busy}
        onConfirm={() => {
          if (undoing !== undefined) void confirmUndo(undoing);
        }}
        onCancel={() => setUndoing(undefined)}
      />
    </section>
  );
}
