import { useMemo } from 'react';
import { db } from '../../../db';
import { getAttachment } from '../../../db/repositories/attachments';
import { createCredential, deleteCredential, importCredential, restoreCredential, updateCredential, type CredentialFile } from '../../../db/repositories/credentials';
import type { Credential, CredentialInput } from '../../../domain/model';
import { host } from '../../../platform';
import { saveFile } from '../../../shared/save-file';
import { useAnnounce } from '../../../ui/Announcer';

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The credential writes, each one repository transaction. Adding, saving and importing resolve their result for the
 * form or preview to show; deleting (with Undo), saving the original file and opening a link are announced here.
 */
export function useCredentialCommands() {
  const announce = useAnnounce();
  return useMemo(
    () => ({
      createCredential: (input: CredentialInput) => createCredential(db, input),
      updateCredential: (id: string, patch: Partial<CredentialInput>) => updateCredential(db, id, patch),
      importCredential: (input: CredentialInput, file: CredentialFile) => importCredential(db, input, file),
      removeCredential: async (credential: Credential): Promise<void> => {
        try {
          await deleteCredential(db, credential.id);
        } catch (error) {
          announce(`${credential.name} was not deleted: ${reasonOf(error)}`, 'danger');
          return;
        }
        announce(`${credential.name} deleted`, 'success', {
          label: 'Undo',
          run: () => {
            restoreCredential(db, credential.id).then(
              () => announce(`${credential.name} restored`, 'success'),
              (error: unknown) => announce(`${credential.name} could not be restored: ${reasonOf(error)}`, 'danger'),
            );
          },
        });
      },
      /** Hands the file an imported credential was read from back to the user, as it was. */
      saveOriginalFile: async (credential: Credential): Promise<void> => {
        try {
          const attachment = credential.attachmentId === undefined ? undefined : await getAttachment(db, credential.attachmentId);
          if (attachment === undefined || attachment.deletedAt !== undefined) {
            announce(`The original file of ${credential.name} is no longer stored`, 'danger');
            return;
          }
          const saved = await saveFile({ suggestedName: attachment.name, content: attachment.blob, mimeType: attachment.mime });
          if (saved) announce(`Saved ${attachment.name}`, 'success');
        } catch (error) {
          announce(`The original file of ${credential.name} was not saved: ${reasonOf(error)}`, 'danger');
        }
      },
      openLink: (url: string): void => {
        host.openExternal(url).then(
          (opened) => {
            if (!opened) announce(`${url} could not be opened: only web links open from Repute`, 'danger');
          },
          (error: unknown) => announce(`${url} could not be opened: ${reasonOf(error)}`, 'danger'),
        );
      },
    }),
    [announce],
  );
}
