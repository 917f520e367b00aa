/** Where a JSON text stops being JSON, 1-based, as an editor shows it. */
export interface TextPosition {
  line: number;
  column: number;
}

class SyntaxStop extends Error {
  constructor(readonly offset: number) {
    super('Not JSON');
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

/**
 * A reader of the JSON grammar that only finds the first offset where a text breaks it: JSON.parse says that a text
 * is not JSON, but its message (which quotes the text itself) does not say where.
 */
function firstErrorOffset(text: string): number | undefined {
  let at = 0;
  const skipSpace = () => {
    while (at < text.length && ' \t\n\r'.includes(text.charAt(at))) at += 1;
  };
  const expect = (character: string) => {
    skipSpace();
    if (text.charAt(at) !== character) throw new SyntaxStop(at);
    at += 1;
  };
  const matchAt = (pattern: RegExp) => {
    pattern.lastIndex = at;
    if (!pattern.test(text)) throw new SyntaxStop(at);
    at = pattern.lastIndex;
  };
  // After the opening quote: up to and past the closing one, stopping at a raw control character or a bad escape.
  const stringBody = () => {
    for (;;) {
      if (at >= text.length) throw new SyntaxStop(at);
      const character = text.charAt(at);
      if (character === '"') {
        at += 1;
        return;
      }
      if (character === '\\') matchAt(ESCAPE);
      else if (character < ' ') throw new SyntaxStop(at);
      else at += 1;
    }
  };
  const members = (close: string, member: () => void) => {
    skipSpace();
    if (text.charAt(at) === close) {
      at += 1;
      return;
    }
    for (;;) {
      member();
      skipSpace();
      const next = text.charAt(at);
      at += 1;
      if (next === close) return;
      if (next !== ',') throw new SyntaxStop(at - 1);
    }
  };
  const value = (): void => {
    skipSpace();
    const start = text.charAt(at);
    if (start === '{') {
      at += 1;
      members('}', () => {
        expect('"');
        stringBody();
        expect(':');
        value();
      });
    } else if (start === '[') {
      at += 1;
      members(']', value);
    } else if (start === '"') {
      at += 1;
      stringBody();
    } else {
      const word = ['true', 'false', 'null'].find((literal) => text.startsWith(literal, at));
      if (word !== undefined) at += word.length;
      else matchAt(NUMBER);
    }
  };
  try {
    value();
    skipSpace();
    return at < text.length ? at : undefined;
  } catch (error) {
    if (error instanceof SyntaxStop) return error.offset;
    // Nesting deep enough to exhaust the stack: the text is refused, without a place to point at.
    return undefined;
  }
}

/** The line and column of the first place a text is not JSON, or undefined when it is JSON (or too deep to tell). */
export function jsonSyntaxErrorPosition(text: string): TextPosition | undefined {
  const offset = firstErrorOffset(text);
  if (offset === undefined) return undefined;
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}
