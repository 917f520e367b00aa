import { describe, expect, it } from 'vitest';
import { insertAtCursor } from '../../../../src/features/proposals/insert-at-cursor';

describe('insertAtCursor', () => {
  it('adds a paragraph at the end when there is no caret', () => {
    expect(insertAtCursor('Hello,', undefined, 'Evidence.')).toEqual({ value: 'Hello,\n\nEvidence.', caret: 17 });
  });

  it('starts an empty letter with the snippet alone', () => {
    expect(insertAtCursor('', undefined, '  Evidence. ')).toEqual({ value: 'Evidence.', caret: 9 });
  });

  it('treats a caret at the end, after trailing blank lines, as the end', () => {
    const value = 'Hello,\n\n';
    expect(insertAtCursor(value, { start: value.length, end: value.length }, 'Evidence.').value).toBe('Hello,\n\nEvidence.');
  });

  it('inserts inside a line with spaces where words would touch', () => {
    const value = 'I built this before and it worked.';
    const at = value.indexOf('and');
    const result = insertAtCursor(value, { start: at, end: at }, '(see the lab app)');
    expect(result.value).toBe('I built this before (see the lab app) and it worked.');
    expect(result.value.slice(0, result.caret)).toBe('I built this before (see the lab app) ');
  });

  it('replaces the selected text', () => {
    const value = 'See PLACEHOLDER for details.';
    const start = value.indexOf('PLACEHOLDER');
    expect(insertAtCursor(value, { start, end: start + 'PLACEHOLDER'.length }, 'my dashboard work').value).toBe('See my dashboard work for details.');
  });

  it('inserts at the start of a paragraph without a leading space', () => {
    expect(insertAtCursor('First.\nSecond.', { start: 7, end: 7 }, 'Inserted.').value).toBe('First.\nInserted. Second.');
  });
});
