import { describe, expect, it } from 'vitest';
import { entryMessageName } from '../../../../src/features/time/entry-labels';
import { HOUR, MINUTE, timeEntry } from './time-entry-records';

const START = Date.UTC(2026, 10, 23, 9, 0);

describe('entryMessageName', () => {
  it('quotes the description when the entry has one', () => {
    const entry = timeEntry('e1', START, START + HOUR, { description: '  Homepage copy ' });
    expect(entryMessageName(entry, 'Website relaunch')).toBe('“Homepage copy”');
  });

  it('names an entry without a description by its length and project, so it does not read as the project itself', () => {
    const entry = timeEntry('e1', START, START + HOUR + 30 * MINUTE, { description: '' });
    expect(entryMessageName(entry, 'Website relaunch')).toBe('1h 30m on Website relaunch');
  });

  it('names a running entry without a description as the running entry on its project', () => {
    const entry = timeEntry('e1', START, null, { description: ' ' });
    expect(entryMessageName(entry, 'Website relaunch')).toBe('the running entry on Website relaunch');
  });

  it('still names it as an entry when its project is unknown', () => {
    expect(entryMessageName(timeEntry('e1', START, START + 45 * MINUTE, { description: '' }), undefined)).toBe('an entry of 0h 45m');
    expect(entryMessageName(timeEntry('e1', START, null, { description: '' }), undefined)).toBe('the running entry');
  });
});
