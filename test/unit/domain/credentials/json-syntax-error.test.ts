import { describe, expect, it } from 'vitest';
import { jsonSyntaxErrorPosition } from '../../../../src/domain/credentials/json-syntax-error';

describe('jsonSyntaxErrorPosition', () => {
  it('finds nothing wrong in JSON that JSON.parse reads', () => {
    for (const text of ['{}', '[]', ' {"a": [1, -2.5e3, true, false, null, "x\\u00e9\\n"], "b": {"c": {}}} ', '"text"', '0']) {
      expect(JSON.parse(text)).toBeDefined();
      expect(jsonSyntaxErrorPosition(text)).toBeUndefined();
    }
  });

  it('points at the first character that breaks the grammar, by line and column', () => {
    expect(jsonSyntaxErrorPosition('{"a": 1,}')).toEqual({ line: 1, column: 9 });
    expect(jsonSyntaxErrorPosition('{\n  "a": 1\n  "b": 2\n}')).toEqual({ line: 3, column: 3 });
    expect(jsonSyntaxErrorPosition('[1, 2] trailing')).toEqual({ line: 1, column: 8 });
    expect(jsonSyntaxErrorPosition("{'a': 1}")).toEqual({ line: 1, column: 2 });
    expect(jsonSyntaxErrorPosition('{"a": tru}')).toEqual({ line: 1, column: 7 });
    expect(jsonSyntaxErrorPosition('{"a": "line\nbreak"}')).toEqual({ line: 1, column: 12 });
    expect(jsonSyntaxErrorPosition('{"a": "bad \\x escape"}')).toEqual({ line: 1, column: 12 });
    expect(jsonSyntaxErrorPosition('{"a": [1, 2')).toEqual({ line: 1, column: 12 });
  });

  it('gives up without a place, rather than overflowing the stack, on absurdly deep nesting', () => {
    expect(jsonSyntaxErrorPosition(`${'['.repeat(200_000)}x`)).toBeUndefined();
  });
});
