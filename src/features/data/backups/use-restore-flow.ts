import { useCallback, useState } from 'react';
import { db } from '../../../db';
import { inspectBackup, restoreBackup } from '../../../db/backup';
import { host } from '../../../platform';
import { saveFile } from '../../../shared/save-file';
import { useAnnounce } from '../../../ui/Announcer';
import { writeErrorMessage } from '../import/write-error-message';
import { totalRecords } from './backup-counts';
import { safetyBackupFileName } from './backup-file-names';

export interface BackupContents {
  formatVersion: number;
  schemaVersion: number;
  exportedAt: number;
  counts: Record<string, number>;
}

/** Where the backup being restored came from: a file the user chose, or one of the desktop's automatic backups. */
export type BackupSource = { kind: 'file'; fileName: string } | { kind: 'automatic'; fileName: string };

export type RestoreFlowState =
  | { step: 'idle' }
  | { step: 'inspecting'; source: BackupSource }
  | { step: 'refused'; source: BackupSource; message: string }
  | { step: 'inspected'; source: BackupSource; blob: Blob; contents: BackupContents; confirming: boolean }
  | { step: 'restoring'; source: BackupSource; contents: BackupContents }
  | { step: 'restored'; source: BackupSource; contents: BackupContents; counts: Record<string, number> }
  | { step: 'failed'; source: BackupSource; message: string };

export interface RestoreFlow {
  state: RestoreFlowState;
  inspect: (source: BackupSource, load: () => Promise<Blob>) => void;
  askToConfirm: () => void;
  cancelConfirm: () => void;
  restore: () => void;
  reset: () => void;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Restoring a backup: what it holds first, then an explicit confirmation, then the replacement, which saves a safety
 * copy of the current data before anything is touched (to the desktop's backups folder, or as a download).
 */
export function useRestoreFlow(onDesktop: boolean, timeZone: string, onRestored: () => void): RestoreFlow {
  const [state, setState] = useState<RestoreFlowState>({ step: 'idle' });
  const announce = useAnnounce();

  const inspect = useCallback((source: BackupSource, load: () => Promise<Blob>) => {
    setState({ step: 'inspecting', source });
    const run = async () => {
      const blob = await load();
      const inspected = await inspectBackup(blob);
      if (!inspected.ok) {
        setState({ step: 'refused', source, message: inspected.message });
        return;
      }
      const { formatVersion, schemaVersion, exportedAt, counts } = inspected;
      // A backup picked from the automatic list was chosen by its date already: ask straight away.
      setState({ step: 'inspected', source, blob, contents: { formatVersion, schemaVersion, exportedAt, counts }, confirming: source.kind === 'automatic' });
    };
    run().catch((error: unknown) => setState({ step: 'refused', source, message: `The backup could not be read: ${messageOf(error)}` }));
  }, []);

  const askToConfirm = useCallback(() => setState((current) => (current.step === 'inspected' ? { ...current, confirming: true } : current)), []);
  const cancelConfirm = useCallback(
    () => setState((current) => (current.step !== 'inspected' ? current : current.source.kind === 'automatic' ? { step: 'idle' } : { ...current, confirming: false })),
    [],
  );

  const restore = useCallback(() => {
    if (state.step !== 'inspected') return;
    const { source, blob, contents } = state;
    setState({ step: 'restoring', source, contents });
    const beforeReplace = async (safetyBackup: Blob) => {
      const at = Date.now();
      const saved = onDesktop
        ? (await host.writeAutomaticBackup({ content: await safetyBackup.text(), at })).saved
        : await saveFile({ suggestedName: safetyBackupFileName(at, timeZone), content: safetyBackup, mimeType: 'application/json' });
      if (!saved) throw new Error('the safety backup of the current data could not be saved, so nothing was replaced');
    };
    const run = async () => {
      const result = await restoreBackup(db, blob, { beforeReplace });
      if (!result.ok) {
        setState({ step: 'failed', source, message: `Nothing was restored: ${writeErrorMessage(result.errors)}` });
        return;
      }
      setState({ step: 'restored', source, contents, counts: result.value.counts });
      announce(`Restored ${totalRecords(result.value.counts)} records from the backup`, 'success');
      onRestored();
    };
    run().catch((error: unknown) => setState({ step: 'failed', source, message: `Nothing was restored: ${messageOf(error)}` }));
  }, [announce, onDesktop, onRestored, state, timeZone]);

  const reset = useCallback(() => setState({ step: 'idle' }), []);

  return { state, inspect, askToConfirm, cancelConfirm, restore, reset };
}
