import { describe, expect, it } from 'vitest';
import { longDayName, readWeekCell, shortDayParts, weekCellLabel, weekCellText } from '../../../../src/features/time/week-grid-cells';
import { HOUR, MINUTE } from './time-entry-records';

describe('week grid cells', () => {
  it('names a cell by project and day, as the locale writes the day', () => {
    expect(weekCellLabel('Analytics dashboard retainer', '2026-11-23', 'en-GB')).toBe('Analytics dashboard retainer, Monday 23 November');
    expect(longDayName('2026-11-23', 'en-US')).toBe('Monday, November 23');
    expect(shortDayParts('2026-11-23', 'en-GB')).toEqual({ weekday: 'Mon', dayOfMonth: '23' });
  });

  it('shows hours and minutes, and nothing for an empty day', () => {
    expect(weekCellText(0)).toBe('');
    expect(weekCellText(90 * MINUTE)).toBe('1:30');
    expect(weekCellText(10 * HOUR + 5 * MINUTE)).toBe('10:05');
  });

  it('reads an empty or zero cell as clearing the day, and refuses what is not a duration', () => {
    expect(readWeekCell('  ')).toEqual({ ok: true, ms: 0 });
    expect(readWeekCell('0')).toEqual({ ok: true, ms: 0 });
    expect(readWeekCell('1:30')).toEqual({ ok: true, ms: 90 * MINUTE });
    const refused = readWeekCell('lots');
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.error).toContain('Use a duration like 1:30, 1h30 or 90m');
  });
});
