import { describe, expect, it } from 'vitest';
import { exportDays, exportFileName, exportInstants } from '../../../../src/features/time/export-range';

const custom = { firstDay: '2026-01-05', lastDay: '2026-01-09' };

describe('export periods', () => {
  it('turns each preset into the days it covers, seen from a Saturday', () => {
    const today = '2026-11-28';
    expect(exportDays('thisWeek', today, 1, custom)).toEqual({ firstDay: '2026-11-23', lastDay: '2026-11-29' });
    expect(exportDays('thisWeek', today, 0, custom)).toEqual({ firstDay: '2026-11-22', lastDay: '2026-11-28' });
    expect(exportDays('lastWeek', today, 1, custom)).toEqual({ firstDay: '2026-11-16', lastDay: '2026-11-22' });
    expect(exportDays('thisMonth', today, 1, custom)).toEqual({ firstDay: '2026-11-01', lastDay: '2026-11-30' });
    expect(exportDays('lastMonth', today, 1, custom)).toEqual({ firstDay: '2026-10-01', lastDay: '2026-10-31' });
    expect(exportDays('thisYear', today, 1, custom)).toEqual({ firstDay: '2026-01-01', lastDay: '2026-12-31' });
    expect(exportDays('allTime', today, 1, custom)).toEqual({ firstDay: undefined, lastDay: today });
    expect(exportDays('custom', today, 1, custom)).toEqual(custom);
  });

  it('handles month ends of every length', () => {
    expect(exportDays('thisMonth', '2028-02-10', 1, custom)).toEqual({ firstDay: '2028-02-01', lastDay: '2028-02-29' });
    expect(exportDays('lastMonth', '2026-03-31', 1, custom)).toEqual({ firstDay: '2026-02-01', lastDay: '2026-02-28' });
    expect(exportDays('lastMonth', '2026-01-15', 1, custom)).toEqual({ firstDay: '2025-12-01', lastDay: '2025-12-31' });
  });

  it('covers whole local days, the last one included', () => {
    expect(exportInstants({ firstDay: '2026-03-29', lastDay: '2026-03-29' }, 'Europe/Berlin')).toEqual({
      from: Date.UTC(2026, 2, 28, 23, 0),
      // A spring-forward day is 23 hours long.
      to: Date.UTC(2026, 2, 29, 22, 0),
    });
    expect(exportInstants({ firstDay: undefined, lastDay: '2026-03-29' }, 'UTC').from).toBe(0);
  });

  it('names the file after its days', () => {
    expect(exportFileName({ firstDay: '2026-11-01', lastDay: '2026-11-30' })).toBe('repute-time-2026-11-01-to-2026-11-30.csv');
    expect(exportFileName({ firstDay: undefined, lastDay: '2026-11-28' })).toBe('repute-time-to-2026-11-28.csv');
  });
});
