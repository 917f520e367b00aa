import { useState } from 'react';
import { db } from '../../../db';
import { exportBackup } from '../../../db/backup';
import { useAnnounce } from '../../../ui/Announcer';
import { Button } from '../../../ui/Button';
import { backupFileName } from './backup-file-names';
import { saveBackupFile } from './save-backup-file';

/** One file with every record and setting, to keep somewhere other than this device. */
export function BackupDownloadCard({ onDesktop, timeZone }: { onDesktop: boolean; timeZone: string }) {
  const announce = useAnnounce();
  const [saving, setSaving] = useState(false);

  const download = async () => {
    setSaving(true);
    try {
      const blob = await exportBackup(db);
      const fileName = backupFileName(Date.now(), timeZone);
      if (await saveBackupFile(blob, fileName, onDesktop)) announce(`Backup saved as “${fileName}”`, 'success');
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
