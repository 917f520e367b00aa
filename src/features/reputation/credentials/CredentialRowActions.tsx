import { useState } from 'react';
import type { Credential } from '../../../domain/model';
import { DownloadIcon, PencilIcon, TrashIcon } from '../../../ui/icons';
import { RowActionButton, RowActionLink, RowActions } from '../../../ui/RowActions';
import { editCredentialPath } from './credential-paths';
import { useCredentialCommands } from './use-credential-commands';

/** Edit, Delete and, for an imported badge, Save the original file: each named after the credential. */
export function CredentialRowActions({ credential }: { credential: Credential }) {
  const { removeCredential, saveOriginalFile } = useCredentialCommands();
  const [busy, setBusy] = useState(false);

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    try {
      await action();
    } finally {
      setBusy(false);
    }
  };

  return (
    <RowActions>
      {credential.attachmentId !== undefined && (
        <RowActionButton
          label={`Save the badge file of ${credential.name}`}
          title="Save the original badge file"
          icon={<DownloadIcon />}
          disabled={busy}
          onClick={() => void run(() => saveOriginalFile(credential))}
        />
      )}
      <RowActionLink label={`Edit ${credential.name}`} title="Edit credential" icon={<PencilIcon />} to={editCredentialPath(credential.id)} />
      <RowActionButton
        label={`Delete ${credential.name}`}
        title="Delete credential"
        icon={<TrashIcon />}
        destructive
        disabled={busy}
        onClick={() => void run(() => removeCredential(credential))}
      />
    </RowActions>
  );
}
