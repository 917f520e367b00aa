import { useState } from 'react';
import { Link } from 'react-router';
import type { Credential } from '../../../domain/model';
import { Button } from '../../../ui/Button';
import { DownloadIcon, PencilIcon, TrashIcon } from '../../../ui/icons';
import { editCredentialPath } from './credential-paths';
import { useCredentialCommands } from './use-credential-commands';
import styles from './credentials.module.css';

/**
 * Edit, Delete and, for an imported badge, Save the original file: small icon buttons, each named after the
 * credential, so a screen reader tells the rows apart.
 */
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
    <div className={styles.actions}>
      {credential.attachmentId !== undefined && (
        <Button
          variant="ghost"
          size="sm"
          className={styles.icon}
          aria-label={`Save the badge file of ${credential.name}`}
          title="Save the original badge file"
          disabled={busy}
          onClick={() => void run(() => saveOriginalFile(credential))}
        >
          <DownloadIcon />
        </Button>
      )}
      <Link to={editCredentialPath(credential.id)} className={`button button-ghost button-sm ${styles.icon}`} aria-label={`Edit ${credential.name}`} title="Edit credential">
        <PencilIcon />
      </Link>
      <Button
        variant="ghost"
        size="sm"
        className={`${styles.icon} ${styles.delete}`}
        aria-label={`Delete ${credential.name}`}
        title="Delete credential"
        disabled={busy}
        onClick={() => void run(() => removeCredential(credential))}
      >
        <TrashIcon />
      </Button>
    </div>
  );
}
