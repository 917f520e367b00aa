import { describe, expect, it } from 'vitest';
import { splitSpanAt } from '../../../../src/domain/time-tracking/split-span';

describe('splitSpanAt', () => {
  it('cuts a span into two that meet at the cut', () => {
    expect(splitSpanAt({ start: 1000, end: 5000 }, 1800)).toEqual({
      ok: true,
      spans: [
        { start: 1000, end: 1800 },
        { start: 1800, end: 5000 },
      ],
    });
  });

  it.each([
    ['at the start', 1000],
    ['at the end', 5000],
    ['before the start', 999],
    ['after the end', 5001],
    ['not a time', Number.NaN],
  ])('refuses a cut %s', (_label, at) => {
    expect(splitSpanAt({ start: 1000, end: 5000 }, at)).toEqual({ ok: false, error: 'Choose a time after the start and before the end' });
  });
});
