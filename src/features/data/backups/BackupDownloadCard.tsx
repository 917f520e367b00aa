import { useState } from 'react';
import { useAnnounce } from '../../../ui/Announcer';
import { Button } from '../../../ui/Button';
import { backupFileName } from './backup-file-names';
import { useBackupCommands } from './use-backup-commands';

/** One file with every record and setting, to keep somewhere other than this device. */
export function BackupDownloadCard({ timeZone }: { timeZone: string }) {
  const announce = useAnnounce();
  const { downloadBackup } = useBackupCommands();
  const [saving, setSaving] = useState(false);

  const download = async () => {
    setSaving(true);
    try {
      const fileName = backupFileName(Date.now(), timeZone);
      if (await downloadBackup(fileName)) announce(`Backup saved as “${fileName}”`, 'success');
    } catch (error) {
      announce(`The backup was not saved: ${error instanceof Error ? error.message : String(error)}`, 'danger');
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className="card" aria-labelledby="backup-download-title">
      <div className="card-header">
        <div>
          <h2 id="backup-download-title">Back up everything</h2>
          <p>One file with every record and setting. Keep it somewhere other than this device.</p>
        </div>
        <Button variant="primary" onClick={() => void download()} disabled={saving}>
          {saving ? 'Preparing backup…' : 'Download backup'}
        </Button>
      </div>
    </section>
  );
}
