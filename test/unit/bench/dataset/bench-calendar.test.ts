import { describe, expect, it } from 'vitest';
import { benchDays, evenShare, evenSlot } from '../../../bench/dataset/bench-calendar';

describe('benchDays', () => {
  it('lists the days before the end day, with an 08:00–20:00 local window across a DST change', () => {
    const days = benchDays('2026-03-31', 1, 'Europe/Berlin');
    expect(days).toHaveLength(365);
    expect(days[0]?.key).toBe('2025-03-31');
    expect(days.at(-1)?.key).toBe('2026-03-30');
    const summer = days.find((day) => day.key === '2026-03-30');
    const winter = days.find((day) => day.key === '2026-03-27');
    expect(summer?.workStart).toBe(Date.UTC(2026, 2, 30, 6, 0));
    expect(winter?.workStart).toBe(Date.UTC(2026, 2, 27, 7, 0));
    expect((winter?.workEnd ?? 0) - (winter?.workStart ?? 0)).toBe(12 * 3_600_000);
  });
});

describe('evenShare and evenSlot', () => {
  it('spread a total over slots so the shares add up and differ by at most one', () => {
    const shares = Array.from({ length: 7 }, (_, index) => evenShare(100, 7, index));
    expect(shares.reduce((sum, share) => sum + share, 0)).toBe(100);
    expect(Math.max(...shares) - Math.min(...shares)).toBeLessThanOrEqual(1);
  });

  it('place items on slots in order, reaching both ends', () => {
    const slots = Array.from({ length: 10 }, (_, index) => evenSlot(index, 10, 365));
    expect(slots[0]).toBe(18);
    expect(slots.at(-1)).toBe(346);
    expect([...slots].sort((a, b) => a - b)).toEqual(slots);
    expect(evenSlot(4, 5, 2)).toBe(1);
  });
});
