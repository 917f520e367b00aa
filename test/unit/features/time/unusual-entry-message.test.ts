import { describe, expect, it } from 'vitest';
import { zonedInstant } from '../../../../src/domain/time/zoned-instant';
import { futureDayTimeMessage, unusualEntryMessage } from '../../../../src/features/time/unusual-entry-message';

const HOUR = 3_600_000;
const FRIDAY_NOON = zonedInstant('2026-11-27', '12:00', 'Europe/Berlin');

describe('unusualEntryMessage', () => {
  it('says both what is too long and when it ends, on the entry’s wall clock', () => {
    expect(unusualEntryMessage({ tooLong: true, endsInFuture: true, durationMs: 99 * HOUR }, FRIDAY_NOON, 'Europe/Berlin', 'en-GB')).toBe(
      'This entry is 99h 00m long and ends on Friday 27 Nov at 12:00, in the future. Save it anyway?',
    );
  });

  it('says only what is unusual', () => {
    expect(unusualEntryMessage({ tooLong: true, endsInFuture: false, durationMs: 30 * HOUR }, FRIDAY_NOON, 'Europe/Berlin', 'en-GB')).toBe('This entry is 30h 00m long, more than a day. Save it anyway?');
    expect(unusualEntryMessage({ tooLong: false, endsInFuture: true, durationMs: 2 * HOUR }, FRIDAY_NOON, 'America/New_York', 'en-GB')).toBe(
      'This entry ends on Friday 27 Nov at 06:00, in the future. Save it anyway?',
    );
  });
});

describe('futureDayTimeMessage', () => {
  it('names the time and the day the grid cell was given', () => {
    expect(futureDayTimeMessage(2 * HOUR, 'Tuesday 24 November')).toBe('2h 00m on Tuesday 24 November is more time than has passed that day, so some of it would end in the future. Save it anyway?');
  });
});
