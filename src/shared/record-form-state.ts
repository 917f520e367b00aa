/** Messages a refused save puts on a form: one under each field it names, the rest above the buttons. */
export interface FormMessages<F extends string> {
  byField: Partial<Record<F, string>>;
  other: string[];
}

export interface RecordFormState<V> {
  values: V;
  errors: Partial<Record<keyof V & string, string>>;
  otherErrors: string[];
  saving: boolean;
  /** Counts refused saves, so a form can move focus to the first error each time, even when the messages repeat. */
  failedAttempts: number;
  /** Whether anything was typed since the form opened or last saved. */
  dirty: boolean;
}

export type RecordFormAction<V> =
  | { kind: 'edit'; field: keyof V & string; next: V }
  | { kind: 'replace'; values: V }
  | { kind: 'reset'; values: V }
  | { kind: 'clearError'; field: keyof V & string }
  | { kind: 'saving' }
  | { kind: 'refused'; messages: FormMessages<keyof V & string> }
  | { kind: 'saved'; values?: V };

export function initialRecordFormState<V>(values: V): RecordFormState<V> {
  return { values, errors: {}, otherErrors: [], saving: false, failedAttempts: 0, dirty: false };
}

/**
 * Every record form's state in one place. A refused save keeps every typed value and replaces all messages at once
 * (never in rounds); typing into a field clears that field's message only.
 */
export function recordFormReducer<V>(state: RecordFormState<V>, action: RecordFormAction<V>): RecordFormState<V> {
  switch (action.kind) {
    case 'edit':
      return { ...state, values: action.next, errors: { ...state.errors, [action.field]: undefined }, dirty: true };
    case 'replace':
      return { ...state, values: action.values, dirty: true };
    case 'reset':
      return initialRecordFormState(action.values);
    case 'clearError':
      return { ...state, errors: { ...state.errors, [action.field]: undefined } };
    case 'saving':
      return { ...state, saving: true };
    case 'refused':
      return { ...state, saving: false, errors: action.messages.byField, otherErrors: action.messages.other, failedAttempts: state.failedAttempts + 1 };
    case 'saved':
      return { ...state, saving: false, errors: {}, otherErrors: [], dirty: false, values: action.values ?? state.values };
  }
}
