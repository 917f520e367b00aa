import { Button } from '../../../ui/Button';
import { Callout } from '../../../ui/Callout';
import { FileDropZone } from '../../../ui/FileDropZone';
import { ImportProgressCard } from '../import/ImportProgressCard';
import { BackupContentsDetails } from './BackupContentsDetails';
import { backupCountRows, totalRecords } from './backup-counts';
import type { RestoreFlow } from './use-restore-flow';
import styles from '../data.module.css';

function sourceLabel(source: { kind: 'file' | 'automatic'; fileName: string }): string {
  return source.kind === 'file' ? `“${source.fileName}”` : `the automatic backup “${source.fileName}”`;
}

/** Restore: choose a backup file, see what it holds, and replace the data after confirming. */
export function RestoreCard({ flow, locale }: { flow: RestoreFlow; locale: string }) {
  const { state } = flow;
  const number = new Intl.NumberFormat(locale);
  const busy = state.step === 'inspecting' || state.step === 'restoring';

  return (
    <section className="card" aria-labelledby="restore-title">
      <div className="card-header">
        <div>
          <h2 id="restore-title">Restore from backup</h2>
          <p>Replaces everything on this device with what a backup holds. You see its contents and confirm first.</p>
        </div>
      </div>
      <div className="card-body stack">
        {state.step === 'refused' && (
          <Callout tone="danger" role="alert" title={`${sourceLabel(state.source)} cannot be restored`}>
            <p>{state.message}</p>
          </Callout>
        )}
        {state.step === 'failed' && (
          <Callout tone="danger" role="alert" title="The restore stopped">
            <p>{state.message}</p>
          </Callout>
        )}
        {state.step === 'restored' && (
          <Callout tone="success" role="status" title="Backup restored">
            <p>
              {number.format(totalRecords(state.counts))} records are back from {sourceLabel(state.source)}:{' '}
              {backupCountRows(state.counts)
                .filter((row) => row.count > 0)
                .map((row) => `${number.format(row.count)} ${row.label.toLocaleLowerCase(locale)}`)
                .join(', ') || 'an empty database'}
              . A safety backup of the data it replaced was saved first.
            </p>
          </Callout>
        )}
        {state.step === 'inspecting' && <ImportProgressCard title={`Reading ${sourceLabel(state.source)}`} label="Reading progress" detail="Checking that this is a Repute backup…" framed={false} />}
        {state.step === 'restoring' && <ImportProgressCard title="Restoring" label="Restore progress" detail="Saving a safety backup, then replacing the data in one step…" framed={false} />}
        {state.step === 'inspected' ? (
          <div className="stack">
            <h3 className={styles.subtitle}>What {sourceLabel(state.source)} holds</h3>
            <BackupContentsDetails contents={state.contents} locale={locale} />
            <div className="cluster-end">
              <Button variant="secondary" onClick={flow.reset}>
                Cancel
              </Button>
              <Button variant="danger" onClick={flow.askToConfirm}>
                Restore this backup…
              </Button>
            </div>
          </div>
        ) : (
          <FileDropZone
            inputLabel="Choose a backup file"
            buttonLabel="Choose a backup file…"
            accept=".json,application/json"
            title="Drop a backup file here"
            hint="A Repute backup (.json). Nothing changes until you have seen what it holds and confirmed."
            disabled={busy}
            onFile={(file) => flow.inspect({ kind: 'file', fileName: file.name }, () => Promise.resolve(file))}
          />
        )}
      </div>
    </section>
  );
}
