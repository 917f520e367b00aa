import { describe, expect, it } from 'vitest';
import {
  definedFilters,
  entryMatchesFilters,
  filtersFromSearchParams,
  hasActiveFilters,
  searchParamsWithFilters,
  searchParamsWithView,
  searchParamsWithWeek,
  viewFromSearchParams,
  weekFromSearchParams,
} from '../../../../src/features/time/time-filters';
import { HOUR, timeEntry } from './time-entry-records';

describe('filters in the address', () => {
  it('reads every filter and ignores values it does not know', () => {
    const params = new URLSearchParams('client=c1&project=p1&tag=meeting&billable=yes&invoiced=no&view=week');
    expect(filtersFromSearchParams(params)).toEqual({ clientId: 'c1', projectId: 'p1', tag: 'meeting', billable: true, invoiced: false });
    expect(filtersFromSearchParams(new URLSearchParams('billable=maybe&client=&tag=%20'))).toEqual({});
  });

  it('writes filters back, removing cleared ones and keeping the view and week', () => {
    const params = new URLSearchParams('view=week&week=2026-11-16&client=c1&billable=no');
    const next = searchParamsWithFilters(params, { projectId: 'p2', invoiced: true });
    expect(next.get('client')).toBeNull();
    expect(next.get('billable')).toBeNull();
    expect(next.get('project')).toBe('p2');
    expect(next.get('invoiced')).toBe('yes');
    expect(next.get('view')).toBe('week');
    expect(next.get('week')).toBe('2026-11-16');
    expect(filtersFromSearchParams(next)).toEqual({ projectId: 'p2', invoiced: true });
  });

  it('reads and writes the view and the week', () => {
    expect(viewFromSearchParams(new URLSearchParams(''))).toBe('list');
    expect(viewFromSearchParams(new URLSearchParams('view=week'))).toBe('week');
    expect(viewFromSearchParams(new URLSearchParams('view=grid'))).toBe('list');
    expect(searchParamsWithView(new URLSearchParams('view=week&tag=x'), 'list').toString()).toBe('tag=x');
    expect(weekFromSearchParams(new URLSearchParams('week=2026-11-23'))).toBe('2026-11-23');
    expect(weekFromSearchParams(new URLSearchParams('week=next'))).toBeUndefined();
    expect(searchParamsWithWeek(new URLSearchParams('week=2026-11-23'), undefined).has('week')).toBe(false);
  });
});

describe('definedFilters and hasActiveFilters', () => {
  it('drops fields set to undefined and tells whether anything is left', () => {
    expect(definedFilters({ clientId: undefined, billable: false })).toEqual({ billable: false });
    expect(hasActiveFilters({})).toBe(false);
    expect(hasActiveFilters({ billable: false })).toBe(true);
  });
});

describe('entryMatchesFilters', () => {
  const entry = timeEntry('e', 0, HOUR, { clientId: 'c1', projectId: 'p1', tags: ['meeting'], billable: true, invoiceId: 'inv-1' });

  it('passes an entry that meets every filter', () => {
    expect(entryMatchesFilters(entry, {})).toBe(true);
    expect(entryMatchesFilters(entry, { clientId: 'c1', projectId: 'p1', tag: 'meeting', billable: true, invoiced: true })).toBe(true);
  });

  it('refuses an entry that misses any one filter', () => {
    expect(entryMatchesFilters(entry, { clientId: 'c2' })).toBe(false);
    expect(entryMatchesFilters(entry, { projectId: 'p2' })).toBe(false);
    expect(entryMatchesFilters(entry, { tag: 'design' })).toBe(false);
    expect(entryMatchesFilters(entry, { billable: false })).toBe(false);
    expect(entryMatchesFilters(entry, { invoiced: false })).toBe(false);
  });
});
