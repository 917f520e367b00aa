import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { BackupContentsDetails } from './BackupContentsDetails';
import type { BackupContents } from './use-restore-flow';

interface RestoreConfirmDialogProps {
  open: boolean;
  contents: BackupContents | undefined;
  onDesktop: boolean;
  locale: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** The last question before every record on the device is replaced, with what replaces it and the way back. */
export function RestoreConfirmDialog({ open, contents, onDesktop, locale, busy, onConfirm, onCancel }: RestoreConfirmDialogProps) {
  const made = contents === undefined ? '' : new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(contents.exportedAt);
  return (
    <Dialog
      open={open}
      onClose={onCancel}
      role="alertdialog"
      title="Replace all data?"
      description={
        <p>
          Every client, project, time entry, invoice, payment and setting on this device will be replaced by the backup made {made}. A safety backup of
          the current data is saved first{onDesktop ? ' in the backups folder, where it is listed under Automatic backups' : ' as a download'}, so you can
          go back to it.
        </p>
      }
      footer={
        <>
          <Button variant="secondary" onClick={onCancel} disabled={busy} data-autofocus="">
            Cancel
          </Button>
          <Button variant="danger" onClick={onConfirm} disabled={busy}>
            Replace all data
          </Button>
        </>
      }
    >
      {contents !== undefined && <BackupContentsDetails contents={contents} locale={locale} />}
    </Dialog>
  );
}
