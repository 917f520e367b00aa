import { host } from '../../../platform';
import { Badge } from '../../../ui/Badge';
import { Button } from '../../../ui/Button';
import { DataTable } from '../../../ui/DataTable';
import { automaticBackupKind, type AutomaticBackupKind } from './automatic-backup-schedule';
import type { AutomaticBackupsState } from './use-automatic-backups';
import type { RestoreFlow } from './use-restore-flow';

const KIND_LABELS: Record<AutomaticBackupKind, string> = { daily: 'Daily', weekly: 'Weekly', monthly: 'Monthly' };

function formatSize(bytes: number, locale: string): string {
  const megabytes = bytes / 1_000_000;
  if (megabytes >= 1) return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(megabytes)} MB`;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(Math.max(1, bytes / 1000))} kB`;
}

interface AutomaticBackupsCardProps {
  onDesktop: boolean;
  backups: AutomaticBackupsState;
  flow: RestoreFlow;
  timeZone: string;
  locale: string;
}

/** The desktop's daily copies, kept 7 daily, 4 weekly and 12 monthly, each restorable; in a browser, why there are none. */
export function AutomaticBackupsCard({ onDesktop, backups, flow, timeZone, locale }: AutomaticBackupsCardProps) {
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone });
  const now = Date.now();
  const busy = flow.state.step === 'inspecting' || flow.state.step === 'restoring';

  return (
    <section className="card" aria-labelledby="automatic-backups-title">
      <div className="card-header">
        <div>
          <h2 id="automatic-backups-title">Automatic backups</h2>
          <p>
            {onDesktop
              ? 'Each day the desktop app saves a backup in its data folder, and keeps 7 daily, 4 weekly and 12 monthly ones.'
              : 'Automatic backups run in the desktop app; in a browser, download a backup now and then and keep it somewhere safe.'}
          </p>
        </div>
      </div>
      {onDesktop && (
        <div className="card-body">
          {backups.status === 'loading' && <p className="muted">Reading the backups folder…</p>}
          {backups.status === 'failed' && <p className="muted">The backups folder could not be read: {backups.message}</p>}
          {backups.status === 'ready' && (
            <DataTable
              label="Automatic backups"
              rows={backups.backups}
              rowKey={(backup) => backup.fileName}
              emptyMessage="No automatic backup yet. The first one is made today, a moment after the app starts."
              columns={[
                { key: 'at', header: 'Made', cell: (backup) => <span className="tabular">{dateFormat.format(backup.at)}</span> },
                { key: 'kind', header: 'Kept as', width: '120px', cell: (backup) => <Badge>{KIND_LABELS[automaticBackupKind(backup.at, now, timeZone)]}</Badge> },
                { key: 'size', header: 'Size', align: 'end', width: '110px', cell: (backup) => <span className="tabular">{formatSize(backup.bytes, locale)}</span> },
                {
                  key: 'action',
                  header: 'Action',
                  align: 'end',
                  width: '120px',
                  cell: (backup) => (
                    <Button
                      size="sm"
                      aria-label={`Restore the backup made ${dateFormat.format(backup.at)}`}
                      disabled={busy}
                      onClick={() =>
                        flow.inspect({ kind: 'automatic', fileName: backup.fileName }, async () => new Blob([await host.readAutomaticBackup(backup.fileName)], { type: 'application/json' }))
                      }
                    >
                      Restore
                    </Button>
                  ),
                },
              ]}
            />
          )}
        </div>
      )}
    </section>
  );
}
