import { describe, expect, it } from 'vitest';
import { elapsedMs } from '../../../../src/domain/time/elapsed';
import { zonedInstant } from '../../../../src/domain/time/zoned-instant';

const HOUR = 3_600_000;

describe('elapsedMs', () => {
  it('counts real time: 01:30 → 03:30 on Berlin spring-forward day is one hour', () => {
    const start = zonedInstant('2026-03-29', '01:30', 'Europe/Berlin');
    const end = zonedInstant('2026-03-29', '03:30', 'Europe/Berlin');
    expect(elapsedMs(start, end)).toBe(HOUR);
  });

  it('counts real time: 01:30 → 03:30 on Berlin fall-back day is three hours', () => {
    const start = zonedInstant('2026-10-25', '01:30', 'Europe/Berlin');
    const end = zonedInstant('2026-10-25', '03:30', 'Europe/Berlin');
    expect(elapsedMs(start, end)).toBe(3 * HOUR);
  });

  it('is the plain difference on an ordinary day, and zero for an empty entry', () => {
    expect(elapsedMs(zonedInstant('2026-05-05', '09:00', 'Europe/Berlin'), zonedInstant('2026-05-05', '17:15', 'Europe/Berlin'))).toBe(8.25 * HOUR);
    expect(elapsedMs(1_000, 1_000)).toBe(0);
  });

  it('refuses an end before the start and instants that are not finite', () => {
    expect(() => elapsedMs(2_000, 1_000)).toThrow(/end \(1000\) is before start \(2000\)/);
    expect(() => elapsedMs(0, Number.NaN)).toThrow(RangeError);
  });
});
