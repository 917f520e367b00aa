import { useCallback, useEffect, useRef } from 'react';

export interface UnsavedForm {
  /** What the form edits, as the user knows it: "client", "invoice". */
  noun: string;
  /** Whether the changes stay as a draft when the user leaves, or are lost. */
  keepsDraft: boolean;
  /** Throws the changes away: the prompt offers it for a draft the user does not want kept. */
  discard: () => void;
}

/**
 * The forms on screen that hold changes not yet saved. It is read at the moment of a navigation, not rendered, so a
 * form that has just saved can let go at once, before the screen that follows has drawn.
 */
const unsavedForms = new Map<symbol, UnsavedForm>();

/** The forms with unsaved changes, for the prompt that asks before leaving them. */
export function formsWithUnsavedChanges(): UnsavedForm[] {
  return [...unsavedForms.values()];
}

function askBeforeUnload(event: BeforeUnloadEvent): void {
  if (unsavedForms.size > 0) event.preventDefault();
}

function hold(key: symbol, form: UnsavedForm): void {
  unsavedForms.set(key, form);
  window.addEventListener('beforeunload', askBeforeUnload);
}

function letGo(key: symbol): void {
  unsavedForms.delete(key);
  if (unsavedForms.size === 0) window.removeEventListener('beforeunload', askBeforeUnload);
}

/**
 * While `dirty`, leaving the form asks first: the app's own navigation through the prompt that reads
 * formsWithUnsavedChanges, closing or reloading the window through the browser's beforeunload. `release` lets go
 * at once, for a save or a discard that is followed by a navigation in the same moment.
 */
export function useLeaveGuard(dirty: boolean, form: UnsavedForm): { release: () => void } {
  const id = useRef(Symbol('unsaved form'));
  const { noun, keepsDraft } = form;
  // The latest discard, so a form that redraws does not register again for a new callback.
  const discard = useRef(form.discard);
  discard.current = form.discard;

  useEffect(() => {
    if (!dirty) return;
    const key = id.current;
    hold(key, { noun, keepsDraft, discard: () => discard.current() });
    return () => letGo(key);
  }, [dirty, noun, keepsDraft]);

  const release = useCallback(() => letGo(id.current), []);

  return { release };
}
