import { describe, expect, it } from 'vitest';
import { sameValue, withoutUndefinedFields } from '../../../../src/db/repositories/record-commands';

describe('sameValue', () => {
  it('compares stored values structurally, ignoring keys that hold undefined', () => {
    expect(sameValue({ a: [1, { b: 'x' }] }, { a: [1, { b: 'x' }] })).toBe(true);
    expect(sameValue({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameValue({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(sameValue({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameValue([1], { 0: 1 })).toBe(false);
    expect(sameValue(null, {})).toBe(false);
  });
});

describe('withoutUndefinedFields', () => {
  it('drops top-level keys holding undefined and keeps the rest', () => {
    expect(withoutUndefinedFields({ a: 1, b: undefined, c: { d: undefined } })).toEqual({ a: 1, c: { d: undefined } });
    expect('b' in withoutUndefinedFields({ a: 1, b: undefined })).toBe(false);
  });
});
