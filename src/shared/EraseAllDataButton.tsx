import { useState } from 'react';
import { useAnnounce } from '../ui/Announcer';
import { Button } from '../ui/Button';
import { ConfirmDialog } from '../ui/Dialog';
import { useEraseAllData } from './use-demo-data-commands';

/** Deletes every record on this device after an explicit confirmation. */
export function EraseAllDataButton() {
  const announce = useAnnounce();
  const eraseAllData = useEraseAllData();
  const [confirming, setConfirming] = useState(false);
  const [erasing, setErasing] = useState(false);

  const erase = async () => {
    setErasing(true);
    try {
      await eraseAllData();
      setConfirming(false);
      announce('All data erased', 'success');
    } catch (error) {
      announce(`Nothing was erased: ${error instanceof Error ? error.message : String(error)}`, 'danger');
    } finally {
      setErasing(false);
    }
  };

  return (
    <>
      <Button variant="danger" onClick={() => setConfirming(true)}>
        Erase all data
      </Button>
      <ConfirmDialog
        open={confirming}
        title="Erase all data?"
        message="Every client, project, proposal, time entry, invoice, payment, feedback record and setting on this device will be deleted. This cannot be undone."
        confirmLabel="Erase everything"
        busy={erasing}
        onConfirm={() => void erase()}
        onCancel={() => setConfirming(false)}
      />
    </>
  );
}
