import { describe, expect, it } from 'vitest';
import { initialRecordFormState, recordFormReducer, type RecordFormState } from '../../../src/shared/record-form-state';

interface ClientValues {
  name: string;
  email: string;
  rate: string;
}

const START: ClientValues = { name: '', email: '', rate: '' };

function refusedWithTwoErrors(): RecordFormState<ClientValues> {
  const typed = recordFormReducer(initialRecordFormState(START), { kind: 'edit', field: 'name', next: { ...START, name: 'Acme' } });
  return recordFormReducer(recordFormReducer(typed, { kind: 'saving' }), {
    kind: 'refused',
    messages: { byField: { email: 'Enter a valid email address', rate: 'Enter a number, such as 95' }, other: ['The client changed elsewhere'] },
  });
}

describe('recordFormReducer', () => {
  it('starts clean, with no messages and nothing typed', () => {
    expect(initialRecordFormState(START)).toEqual({ values: START, errors: {}, otherErrors: [], saving: false, failedAttempts: 0, dirty: false });
  });

  it('keeps every typed value and shows every message at once when a save is refused', () => {
    const state = refusedWithTwoErrors();
    expect(state.values.name).toBe('Acme');
    expect(state.errors).toEqual({ email: 'Enter a valid email address', rate: 'Enter a number, such as 95' });
    expect(state.otherErrors).toEqual(['The client changed elsewhere']);
    expect(state.saving).toBe(false);
    expect(state.failedAttempts).toBe(1);
    expect(state.dirty).toBe(true);
  });

  it('clears only the message of the field being typed into', () => {
    const state = recordFormReducer(refusedWithTwoErrors(), { kind: 'edit', field: 'email', next: { name: 'Acme', email: 'a@b.example', rate: '' } });
    expect(state.errors.email).toBeUndefined();
    expect(state.errors.rate).toBe('Enter a number, such as 95');
  });

  it('counts each refusal, so focus can move to the first error again even when the messages repeat', () => {
    const again = recordFormReducer(refusedWithTwoErrors(), { kind: 'refused', messages: { byField: { rate: 'Enter a number, such as 95' }, other: [] } });
    expect(again.failedAttempts).toBe(2);
    expect(again.errors).toEqual({ rate: 'Enter a number, such as 95' });
  });

  it('is clean again after a save, with the values kept or replaced by the stored ones', () => {
    const saved = recordFormReducer(refusedWithTwoErrors(), { kind: 'saved' });
    expect(saved).toMatchObject({ errors: {}, otherErrors: [], saving: false, dirty: false });
    expect(saved.values.name).toBe('Acme');
    const replaced = recordFormReducer(refusedWithTwoErrors(), { kind: 'saved', values: { name: 'Acme GmbH', email: '', rate: '' } });
    expect(replaced.values.name).toBe('Acme GmbH');
  });

  it('replaces all values at once and marks the form as changed, keeping its messages', () => {
    const state = recordFormReducer(refusedWithTwoErrors(), { kind: 'replace', values: { name: 'Draft', email: 'x', rate: '1' } });
    expect(state.values).toEqual({ name: 'Draft', email: 'x', rate: '1' });
    expect(state.errors.rate).toBe('Enter a number, such as 95');
    expect(state.dirty).toBe(true);
  });

  it('puts back the given values on a reset (a discarded draft), clean and without messages', () => {
    const stored: ClientValues = { name: 'Tidewater', email: 'ops@tidewater.example', rate: '95' };
    expect(recordFormReducer(refusedWithTwoErrors(), { kind: 'reset', values: stored })).toEqual(initialRecordFormState(stored));
  });

  it('ends a save with the values it is given and nothing left to save (a form of edits starts empty again)', () => {
    const state = recordFormReducer(refusedWithTwoErrors(), { kind: 'saved', values: START });
    expect(state.values).toEqual(START);
    expect(state.dirty).toBe(false);
  });
});
