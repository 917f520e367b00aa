import { describe, expect, it } from 'vitest';
import { todayKey, trackedMsWithin } from '../../../../src/domain/time-tracking/time-window';

const HOUR = 3_600_000;

describe('todayKey', () => {
  it('is the local day in the given zone', () => {
    const instant = Date.UTC(2026, 2, 10, 23, 30);
    expect(todayKey(instant, 'Europe/Berlin')).toBe('2026-03-11');
    expect(todayKey(instant, 'America/New_York')).toBe('2026-03-10');
  });
});

describe('trackedMsWithin', () => {
  const from = Date.UTC(2026, 2, 9, 0, 0);
  const to = from + 7 * 24 * HOUR;

  it('counts only the part of each span inside the window', () => {
    const spans = [
      { start: from - HOUR, end: from + HOUR },
      { start: from + 5 * HOUR, end: from + 7 * HOUR },
      { start: to - HOUR, end: to + 2 * HOUR },
      { start: from - 3 * HOUR, end: from - 2 * HOUR },
    ];
    expect(trackedMsWithin(spans, from, to, to + 10 * HOUR)).toBe(4 * HOUR);
  });

  it('runs a running span up to now', () => {
    expect(trackedMsWithin([{ start: from + HOUR, end: null }], from, to, from + 3 * HOUR)).toBe(2 * HOUR);
  });
});
