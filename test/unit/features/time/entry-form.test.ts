import { describe, expect, it } from 'vitest';
import {
  durationFieldText,
  endsNextDay,
  entryFormValues,
  newEntryFormValues,
  parseTags,
  readEntryForm,
  withDuration,
  withEnd,
  withStart,
  type EntryFormValues,
} from '../../../../src/features/time/entry-form';
import { HOUR, MINUTE, timeEntry } from './time-entry-records';

const BERLIN = 'Europe/Berlin';

function values(overrides: Partial<EntryFormValues> = {}): EntryFormValues {
  return {
    projectId: 'p1',
    date: '2026-03-10',
    start: '09:00',
    end: '10:30',
    duration: '1:30',
    description: '  Chart legend  ',
    billable: true,
    tags: 'design, client ,design,',
    lastEdited: 'end',
    ...overrides,
  };
}

describe('reading the entry form', () => {
  it('reads start and end on the zone’s wall clock, trimming the description and cleaning the tags', () => {
    const read = readEntryForm(values(), BERLIN);
    expect(read).toEqual({
      ok: true,
      value: { projectId: 'p1', start: Date.UTC(2026, 2, 10, 8, 0), end: Date.UTC(2026, 2, 10, 9, 30), description: 'Chart legend', billable: true, tags: ['design', 'client'] },
    });
  });

  it('uses the duration when it was typed last, in any accepted form', () => {
    for (const duration of ['1h30', '90m', '1.5', '1,5', '1:30']) {
      const read = readEntryForm(values({ end: '23:00', duration, lastEdited: 'duration' }), BERLIN);
      expect(read.ok && (read.value.end ?? 0) - read.value.start).toBe(90 * MINUTE);
    }
  });

  it('reads an end before the start as the next day', () => {
    const read = readEntryForm(values({ start: '22:00', end: '01:30' }), BERLIN);
    expect(read.ok && [read.value.start, read.value.end]).toEqual([Date.UTC(2026, 2, 10, 21, 0), Date.UTC(2026, 2, 11, 0, 30)]);
    expect(endsNextDay(values({ start: '22:00', end: '01:30' }), BERLIN)).toBe(true);
    expect(endsNextDay(values(), BERLIN)).toBe(false);
  });

  it('counts real time across a DST change: 01:30 to 03:30 on the spring-forward night is one hour', () => {
    const read = readEntryForm(values({ date: '2026-03-29', start: '01:30', end: '03:30' }), BERLIN);
    expect(read.ok && (read.value.end ?? 0) - read.value.start).toBe(HOUR);
  });

  it('refuses an unreadable duration with the parser’s message, under Duration only', () => {
    const read = readEntryForm(values({ duration: 'soon', lastEdited: 'duration' }), BERLIN);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(Object.keys(read.errors)).toEqual(['duration']);
    expect(read.errors.duration).toContain('Use a duration like 1:30, 1h30 or 90m');
  });

  it('names every missing field at once', () => {
    const read = readEntryForm(values({ projectId: '', date: '', start: '9', end: '', duration: '', lastEdited: 'end' }), BERLIN);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.errors).toEqual({
      projectId: 'Choose a project',
      date: 'Enter the date the work was done',
      start: 'Enter a start time, like 09:00',
      end: 'Enter an end time, or a duration instead',
    });
  });

  it('refuses tags longer than the model allows', () => {
    const read = readEntryForm(values({ tags: 'x'.repeat(61) }), BERLIN);
    expect(!read.ok && read.errors.tags).toContain('at most 60 characters');
  });

  it('keeps a running entry running when End and Duration stay empty', () => {
    const read = readEntryForm(values({ end: '', duration: '' }), BERLIN, true);
    expect(read.ok && read.value.end).toBeNull();
    expect(readEntryForm(values({ end: '', duration: '' }), BERLIN, false).ok).toBe(false);
  });
});

describe('End and Duration follow each other', () => {
  it('recomputes the duration when the end changes', () => {
    expect(withEnd(values(), '12:15', BERLIN)).toMatchObject({ end: '12:15', duration: '3:15', lastEdited: 'end' });
    expect(withEnd(values(), '08:00', BERLIN).duration).toBe('23:00');
  });

  it('recomputes the end when a readable duration is typed, and leaves it while the duration is unreadable', () => {
    expect(withDuration(values(), '2h15', BERLIN)).toMatchObject({ end: '11:15', duration: '2h15', lastEdited: 'duration' });
    expect(withDuration(values(), '2h1', BERLIN).end).toBe('11:01');
    expect(withDuration(values(), 'two', BERLIN)).toMatchObject({ end: '10:30', duration: 'two' });
  });

  it('keeps whichever was typed last when the start moves', () => {
    expect(withStart(values(), '08:00', BERLIN)).toMatchObject({ end: '10:30', duration: '2:30' });
    expect(withStart(values({ lastEdited: 'duration' }), '08:00', BERLIN)).toMatchObject({ end: '09:30', duration: '1:30' });
  });
});

describe('starting values', () => {
  it('offers the last hour up to now on the quarter hour for a new entry', () => {
    const now = Date.UTC(2026, 2, 10, 13, 52);
    expect(newEntryFormValues(now, BERLIN, 'p9', false)).toMatchObject({ projectId: 'p9', date: '2026-03-10', start: '13:45', end: '14:45', duration: '1:00', billable: false });
  });

  it('shows a stored entry on its own zone’s wall clock', () => {
    const entry = timeEntry('e', Date.UTC(2026, 2, 10, 23, 30), Date.UTC(2026, 2, 11, 1, 0), { timeZone: 'Asia/Tokyo', tags: ['a', 'b'] });
    expect(entryFormValues(entry)).toMatchObject({ date: '2026-03-11', start: '08:30', end: '10:00', duration: '1:30', tags: 'a, b' });
    expect(entryFormValues(timeEntry('r', Date.UTC(2026, 2, 10, 8, 0), null))).toMatchObject({ end: '', duration: '' });
  });

  it('writes durations as hours and minutes and tags as a clean list', () => {
    expect(durationFieldText(0)).toBe('0:00');
    expect(durationFieldText(25 * HOUR + 5 * MINUTE)).toBe('25:05');
    expect(parseTags(' a, ,b,a ')).toEqual(['a', 'b']);
  });
});
