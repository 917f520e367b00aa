import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findOverlaps, type TimedSpan } from '../../../../src/domain/time-tracking/overlaps';

const HOUR = 3_600_000;
const NOW = 100 * HOUR;

function span(id: string, startHour: number, endHour: number | null): TimedSpan {
  return { id, start: startHour * HOUR, end: endHour === null ? null : endHour * HOUR };
}

function asObject(overlaps: Map<string, string[]>): Record<string, string[]> {
  return Object.fromEntries([...overlaps.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

/** Every pair compared with every other: the obvious answer the sweep must agree with. */
function bruteForce(entries: readonly TimedSpan[], now: number): Record<string, string[]> {
  const result = new Map<string, string[]>();
  const endOf = (entry: TimedSpan) => entry.end ?? Math.max(entry.start, now);
  for (const a of entries) {
    for (const b of entries) {
      if (a.id === b.id) continue;
      if (endOf(a) <= a.start || endOf(b) <= b.start) continue;
      if (a.start < endOf(b) && b.start < endOf(a)) result.set(a.id, [...(result.get(a.id) ?? []), b.id]);
    }
  }
  const startOf = new Map(entries.map((entry) => [entry.id, entry.start]));
  for (const list of result.values()) list.sort((x, y) => (startOf.get(x) ?? 0) - (startOf.get(y) ?? 0) || x.localeCompare(y));
  return asObject(result);
}

describe('findOverlaps', () => {
  it('finds nothing among entries that follow each other, including ones that touch', () => {
    expect(findOverlaps([span('a', 9, 10), span('b', 10, 12), span('c', 13, 14)], NOW).size).toBe(0);
  });

  it('names, for each entry, every entry it overlaps, in order of start', () => {
    const overlaps = findOverlaps([span('late', 11, 13), span('long', 9, 17), span('early', 10, 12), span('apart', 18, 19)], NOW);
    expect(asObject(overlaps)).toEqual({
      early: ['long', 'late'],
      late: ['long', 'early'],
      long: ['early', 'late'],
    });
  });

  it('runs a running entry until now', () => {
    const entries = [span('running', 98, null), span('before', 97, 98.5), span('after-now', 100, 101)];
    expect(asObject(findOverlaps(entries, NOW))).toEqual({ before: ['running'], running: ['before'] });
  });

  it('treats an entry of no length as overlapping nothing', () => {
    expect(findOverlaps([span('empty', 10, 10), span('around', 9, 11)], NOW).size).toBe(0);
  });

  it('handles identical spans', () => {
    expect(asObject(findOverlaps([span('x', 9, 10), span('y', 9, 10)], NOW))).toEqual({ x: ['y'], y: ['x'] });
  });

  it('agrees with comparing every pair', () => {
    const spanArbitrary = fc.record({
      start: fc.integer({ min: 0, max: 200 }),
      length: fc.integer({ min: 0, max: 40 }),
      running: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(spanArbitrary, { maxLength: 30 }), fc.integer({ min: 0, max: 250 }), (raw, now) => {
        const entries = raw.map((entry, index) => ({ id: `e${index}`, start: entry.start, end: entry.running ? null : entry.start + entry.length }));
        expect(asObject(findOverlaps(entries, now))).toEqual(bruteForce(entries, now));
      }),
    );
  });

  it('handles a hundred thousand back-to-back entries given in reverse order', () => {
    const entries = Array.from({ length: 100_000 }, (_, index) => span(`e${index}`, index, index + 1));
    expect(findOverlaps(entries.reverse(), NOW).size).toBe(0);
  });
});
