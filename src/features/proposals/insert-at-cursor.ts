export interface TextSelection {
  start: number;
  end: number;
}

export interface Insertion {
  value: string;
  /** Where the caret goes afterwards: just after the inserted text. */
  caret: number;
}

/**
 * Puts a snippet into a text where the caret is, replacing any selected text. At the very end (or without a caret)
 * it becomes a paragraph of its own; inside a line it gets a space on either side where a word would otherwise touch.
 */
export function insertAtCursor(value: string, selection: TextSelection | undefined, snippet: string): Insertion {
  const start = Math.min(Math.max(0, selection?.start ?? value.length), value.length);
  const end = Math.min(Math.max(start, selection?.end ?? start), value.length);
  const before = value.slice(0, start);
  const after = value.slice(end);
  const text = snippet.trim();

  if (after.trim() === '') {
    const trimmedBefore = before.replace(/\s+$/, '');
    const separator = trimmedBefore === '' ? '' : '\n\n';
    const inserted = `${trimmedBefore}${separator}${text}`;
    return { value: inserted + after.replace(/^[^\S\n]+/, ''), caret: inserted.length };
  }
  const lead = before === '' || /\s$/.test(before) ? '' : ' ';
  const trail = /^\s/.test(after) ? '' : ' ';
  const inserted = `${before}${lead}${text}${trail}`;
  return { value: inserted + after, caret: inserted.length };
}
