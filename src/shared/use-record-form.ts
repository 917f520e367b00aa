import { useCallback, useReducer, useRef } from 'react';
import { useAnnounce } from '../ui/Announcer';
import { fieldsShapedLike } from './form-drafts';
import { initialRecordFormState, recordFormReducer, type FormMessages, type RecordFormState } from './record-form-state';
import { useOpeningDraft, useUnsavedChanges, type DraftOptions } from './use-form-draft';

/** What a form's submit made of the values: the stored record and what to announce, or the messages to show. */
export type SubmitOutcome<V, R> = { ok: true; value: R; announcement: string } | { ok: false; messages: FormMessages<keyof V & string> };

export interface RecordFormOptions<V, R> {
  initial: V | (() => V);
  /** The record's kind as the user knows it, for "Client not saved: …". */
  noun: string;
  /** Reads the values, writes through a command hook and says how it went; a throw is a failed write, not a refusal. */
  submit: (values: V) => Promise<SubmitOutcome<V, R>>;
  /** Fields that follow another as it changes (a client's rate filling an untouched rate field, say). */
  follow?: (next: V, field: keyof V & string, previous: V) => V;
  /**
   * Keeps what was typed as a draft under this key (the form and its record, "client:<id>"), restored when the form
   * opens again until it is saved or discarded. Without it, changes are not kept, though leaving still asks.
   */
  draftKey?: string;
  /** Reads a stored draft; by default, the stored fields that still fit the initial values, over them. */
  readDraft?: DraftOptions<V>['read'];
  /** The values once a save has gone through, when they are not the ones saved (a form of edits starts empty again). */
  valuesAfterSave?: V;
}

export interface RecordForm<V, R> extends RecordFormState<V> {
  setValue: <F extends keyof V & string>(field: F, value: V[F]) => void;
  /** Replaces several values at once, keeping the messages (restoring a draft, applying a default). */
  replaceValues: (values: V) => void;
  clearError: (field: keyof V & string) => void;
  /** Saves and resolves the stored record, or undefined when it was refused or the write failed. */
  save: () => Promise<R | undefined>;
  /** When the draft the form shows was typed, while it shows one restored on opening. */
  draftRestoredAt: number | undefined;
  /** Puts back the values the form opened with (the stored record, or an empty form) and forgets the draft. */
  discardDraft: () => void;
}

function resolved<V>(initial: V | (() => V)): V {
  return typeof initial === 'function' ? (initial as () => V)() : initial;
}

function defaultDraftReader<V>(initial: V | (() => V)): DraftOptions<V>['read'] {
  return (stored) => {
    const start = resolved(initial);
    return typeof start === 'object' && start !== null ? { ...start, ...fieldsShapedLike(start, stored) } : undefined;
  };
}

/**
 * The one form-state hook behind the record forms (client, project, proposal, payment, settings). A refused save
 * keeps every typed value and puts each message under its field; a failed write (storage full, database closed)
 * keeps them too and says what was not saved.
 */
export function useRecordForm<V, R>({ initial, noun, submit, follow, draftKey, readDraft, valuesAfterSave }: RecordFormOptions<V, R>): RecordForm<V, R> {
  const announce = useAnnounce();
  const opening = useOpeningDraft(draftKey === undefined ? undefined : { key: draftKey, read: readDraft ?? defaultDraftReader(initial) });
  const [state, dispatch] = useReducer(recordFormReducer<V>, initial, (start) =>
    opening === undefined ? initialRecordFormState(resolved(start)) : { ...initialRecordFormState(opening.values), dirty: true },
  );
  // The latest values for save(), so a click right after typing never submits the render before.
  const latest = useRef(state.values);
  latest.current = state.values;

  const reset = useCallback(() => {
    const values = resolved(initial);
    latest.current = values;
    dispatch({ kind: 'reset', values });
  }, [initial]);
  const { restoredAt, settle, discard } = useUnsavedChanges({ noun: noun.toLowerCase(), draftKey, values: state.values, dirty: state.dirty, opening, reset });

  const setValue = useCallback(
    <F extends keyof V & string>(field: F, value: V[F]) => {
      const previous = latest.current;
      const changed = { ...previous, [field]: value };
      const next = follow === undefined ? changed : follow(changed, field, previous);
      latest.current = next;
      dispatch({ kind: 'edit', field, next });
    },
    [follow],
  );

  const replaceValues = useCallback((values: V) => {
    latest.current = values;
    dispatch({ kind: 'replace', values });
  }, []);

  const clearError = useCallback((field: keyof V & string) => dispatch({ kind: 'clearError', field }), []);

  const save = useCallback(async (): Promise<R | undefined> => {
    dispatch({ kind: 'saving' });
    try {
      const outcome = await submit(latest.current);
      if (!outcome.ok) {
        dispatch({ kind: 'refused', messages: outcome.messages });
        announce(`${noun} not saved: correct the marked fields`, 'danger');
        return undefined;
      }
      dispatch({ kind: 'saved', values: valuesAfterSave });
      settle();
      announce(outcome.announcement, 'success');
      return outcome.value;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      dispatch({ kind: 'refused', messages: { byField: {}, other: [`Nothing was saved: ${reason}. What you typed is still here; try again.`] } });
      announce(`${noun} not saved: ${reason}`, 'danger');
      return undefined;
    }
  }, [submit, noun, announce, valuesAfterSave, settle]);

  return { ...state, setValue, replaceValues, clearError, save, draftRestoredAt: restoredAt, discardDraft: discard };
}
