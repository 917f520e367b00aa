import { useCallback, useEffect, useRef, useState } from 'react';
import { readDraft, removeDraft, writeDraft, type DraftReader, type StoredDraft } from './form-drafts';
import { useLeaveGuard } from './leave-guard';

export interface DraftOptions<V> {
  /** The form and the record it edits, e.g. "client:<id>" or "client:new". */
  key: string;
  read: DraftReader<V>;
}

/** The draft kept for the form when it opened, read once, before its first draw, so the inputs never jump. */
export function useOpeningDraft<V>(draft: DraftOptions<V> | undefined): StoredDraft<V> | undefined {
  const [found] = useState(() => (draft === undefined ? undefined : readDraft(window.localStorage, draft.key, draft.read)));
  return found;
}

export interface UnsavedChangesOptions<V> {
  noun: string;
  /** Where the values are kept as a draft; without it changes are not kept, though leaving still asks. */
  draftKey: string | undefined;
  values: V;
  dirty: boolean;
  /** The draft the form opened with, from useOpeningDraft. */
  opening: StoredDraft<V> | undefined;
  /** Puts back the values the form opened with; the leave prompt's "Discard changes" calls it. */
  reset: () => void;
}

export interface UnsavedChanges {
  /** When the restored draft's values were typed, while the form shows them; undefined otherwise. */
  restoredAt: number | undefined;
  /** After a save: forgets the draft and stops asking before leaving, at once. */
  settle: () => void;
  /** Puts back the values the form opened with and forgets the draft. */
  discard: () => void;
}

/**
 * Keeps a form's changes as its draft while there are any (every change, so a reload right after typing loses
 * nothing), and asks before leaving them.
 */
export function useUnsavedChanges<V>({ noun, draftKey, values, dirty, opening, reset }: UnsavedChangesOptions<V>): UnsavedChanges {
  const [restoredAt, setRestoredAt] = useState(opening?.savedAt);
  // The values last kept, so reopening a draft does not stamp it with a new time before anything is typed.
  const kept = useRef<V | undefined>(opening?.values);

  useEffect(() => {
    if (draftKey === undefined || values === kept.current) return;
    kept.current = dirty ? values : undefined;
    if (dirty) writeDraft(window.localStorage, draftKey, values, Date.now());
    else removeDraft(window.localStorage, draftKey);
  }, [draftKey, values, dirty]);

  // Settling releases the guard, and the guard is given discard, which settles: the release is reached through a ref.
  const releaseGuard = useRef<() => void>(() => undefined);
  const settle = useCallback(() => {
    releaseGuard.current();
    if (draftKey !== undefined) removeDraft(window.localStorage, draftKey);
    kept.current = undefined;
    setRestoredAt(undefined);
  }, [draftKey]);

  const discard = useCallback(() => {
    reset();
    settle();
  }, [reset, settle]);

  const { release } = useLeaveGuard(dirty, { noun, keepsDraft: draftKey !== undefined, discard });
  releaseGuard.current = release;

  return { restoredAt, settle, discard };
}
