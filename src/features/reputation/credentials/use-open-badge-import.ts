import { useCallback, useRef, useState } from 'react';
import type { CredentialFile } from '../../../db/repositories/credentials';
import { badgeFileSizeRefusal, readOpenBadgeBytes, type OpenBadge } from '../../../domain/credentials/open-badge';
import type { Credential } from '../../../domain/model';
import { useAnnounce } from '../../../ui/Announcer';
import { useCredentialCommands } from './use-credential-commands';

/** A badge read from its file, waiting for the user to add it; `writeError` says why the last try stored nothing. */
export interface BadgePreviewState {
  step: 'preview';
  fileName: string;
  badge: OpenBadge;
  file: CredentialFile;
  saving: boolean;
  writeError?: string;
}

export type OpenBadgeImportState =
  | { step: 'choose' }
  | { step: 'reading'; fileName: string }
  | { step: 'refused'; fileName: string; message: string }
  | BadgePreviewState;

/** What an attachment may be typed as; a file the system gave no usable type gets its form's. */
const MEDIA_TYPE = /^[\w.+-]+\/[\w.+-]+$/;

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Choosing a badge file, reading it, and adding what it holds: nothing is stored until the user has seen the preview
 * and added it; a refused file says why and stores nothing; a failed write keeps the preview so it can be tried again.
 */
export function useOpenBadgeImport() {
  const announce = useAnnounce();
  const { importCredential } = useCredentialCommands();
  const [state, setState] = useState<OpenBadgeImportState>({ step: 'choose' });
  // The file chosen last: a slow read of an earlier choice must not replace it.
  const chosen = useRef(0);

  const chooseFile = useCallback(async (file: File) => {
    chosen.current += 1;
    const serial = chosen.current;
    const settle = (next: OpenBadgeImportState) => {
      if (serial === chosen.current) setState(next);
    };
    const tooLarge = badgeFileSizeRefusal(file.size);
    if (tooLarge !== undefined) {
      settle({ step: 'refused', fileName: file.name, message: tooLarge });
      return;
    }
    settle({ step: 'reading', fileName: file.name });
    let buffer: ArrayBuffer;
    try {
      buffer = await file.arrayBuffer();
    } catch (error) {
      settle({ step: 'refused', fileName: file.name, message: `The file could not be read: ${reasonOf(error)}` });
      return;
    }
    const reading = readOpenBadgeBytes(new Uint8Array(buffer));
    if (!reading.ok) {
      settle({ step: 'refused', fileName: file.name, message: reading.message });
      return;
    }
    const mime = MEDIA_TYPE.test(file.type) ? file.type : reading.badge.mediaType;
    settle({
      step: 'preview',
      fileName: file.name,
      badge: reading.badge,
      file: { name: file.name, mime, blob: new Blob([buffer], { type: mime }) },
      saving: false,
    });
  }, []);

  const reset = useCallback(() => {
    chosen.current += 1;
    setState({ step: 'choose' });
  }, []);

  /** Stores the credential and its file together; resolves the credential, or undefined when nothing was stored. */
  const add = useCallback(
    async (preview: BadgePreviewState): Promise<Credential | undefined> => {
      setState({ ...preview, saving: true, writeError: undefined });
      const { name } = preview.badge.credential;
      try {
        const result = await importCredential(preview.badge.credential, preview.file);
        if (result.ok) {
          announce(`${result.value.credential.name} added`, 'success');
          return result.value.credential;
        }
        const reasons = Object.values(result.errors).filter((message) => message !== undefined && message !== '');
        setState({ ...preview, saving: false, writeError: `Nothing was added: ${reasons.join('; ')}.` });
        announce(`${name} not added: ${reasons.join('; ')}`, 'danger');
      } catch (error) {
        setState({ ...preview, saving: false, writeError: `Nothing was added: ${reasonOf(error)}. The file is still here; try again.` });
        announce(`${name} not added: ${reasonOf(error)}`, 'danger');
      }
      return undefined;
    },
    [announce, importCredential],
  );

  return { state, chooseFile, reset, add };
}
