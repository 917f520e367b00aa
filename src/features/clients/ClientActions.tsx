import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { Client } from '../../domain/model';
import { useAnnounce } from '../../ui/Announcer';
import { Button } from '../../ui/Button';
import styles from './ClientDetailPage.module.css';
import { useClientCommands } from './use-client-commands';

function firstMessage(errors: Partial<Record<string, string>>): string {
  return Object.values(errors).find((message) => message !== undefined) ?? 'Something went wrong';
}

/** Edit, archive or unarchive, and delete, each undoable from the message it leaves. */
export function ClientActions({ client }: { client: Client }) {
  const navigate = useNavigate();
  const announce = useAnnounce();
  const { archiveClient, unarchiveClient, deleteClient, restoreClient } = useClientCommands();
  const [busy, setBusy] = useState(false);
  const archived = client.archivedAt !== undefined;

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    try {
      await action();
    } finally {
      setBusy(false);
    }
  };

  const toggleArchive = () =>
    run(async () => {
      const result = archived ? await unarchiveClient(client.id) : await archiveClient(client.id);
      if (!result.ok) {
        announce(firstMessage(result.errors), 'danger');
        return;
      }
      const undo = { label: 'Undo', run: () => void (archived ? archiveClient(client.id) : unarchiveClient(client.id)) };
      announce(archived ? `${client.name} is active again` : `${client.name} archived`, 'success', undo);
    });

  const remove = () =>
    run(async () => {
      const result = await deleteClient(client.id);
      if (!result.ok) {
        announce(firstMessage(result.errors), 'danger');
        return;
      }
      void navigate('/clients');
      announce(`${client.name} deleted`, 'success', {
        label: 'Undo',
        run: () =>
          void restoreClient(client.id).then((restored) => {
            if (restored.ok) announce(`${client.name} restored`, 'success');
            else announce(firstMessage(restored.errors), 'danger');
          }),
      });
    });

  return (
    <>
      <Button variant="secondary" onClick={() => void navigate(`/clients/${client.id}/edit`)}>
        Edit client
      </Button>
      <Button variant="secondary" onClick={() => void toggleArchive()} disabled={busy}>
        {archived ? 'Unarchive client' : 'Archive client'}
      </Button>
      <Button variant="ghost" className={styles.deleteButton} onClick={() => void remove()} disabled={busy}>
        Delete client
      </Button>
    </>
  );
}
