import { describe, expect, it } from 'vitest';
import { zonedInstant } from '../../../../src/domain/time/zoned-instant';
import { TIME_ENTRY_CSV_COLUMNS, timeEntriesCsv, type TimeEntryCsvRow } from '../../../../src/domain/time-tracking/time-entries-csv';

const BOM = '\uFEFF';
const HEADER = 'Date,Start,End,Duration (h),Duration,Client,Project,Description,Tags,Billable,Invoiced';

function row(overrides: Partial<TimeEntryCsvRow> = {}): TimeEntryCsvRow {
  return {
    start: zonedInstant('2026-03-02', '09:00', 'Europe/Berlin'),
    end: zonedInstant('2026-03-02', '10:30', 'Europe/Berlin'),
    timeZone: 'Europe/Berlin',
    clientName: 'Northwind Analytics',
    projectName: 'Dashboard rebuild',
    description: 'Chart legend',
    tags: ['frontend', 'charts'],
    billable: true,
    invoiced: false,
    ...overrides,
  };
}

function lines(csv: string): string[] {
  expect(csv.startsWith(BOM)).toBe(true);
  return csv.slice(1).split('\r\n');
}

describe('timeEntriesCsv', () => {
  it('has a BOM and the stable columns, even with no entries', () => {
    expect(TIME_ENTRY_CSV_COLUMNS.join(',')).toBe(HEADER);
    expect(timeEntriesCsv([])).toBe(`${BOM}${HEADER}\r\n`);
  });

  it('writes an entry on the wall clock of its own zone, with decimal and clock durations', () => {
    const newYork = row({ start: zonedInstant('2026-03-02', '16:45', 'America/New_York'), end: zonedInstant('2026-03-02', '17:00', 'America/New_York'), timeZone: 'America/New_York', billable: false, invoiced: true, tags: [] });
    expect(lines(timeEntriesCsv([row(), newYork]))).toEqual([
      HEADER,
      '2026-03-02,09:00,10:30,1.50,1:30:00,Northwind Analytics,Dashboard rebuild,Chart legend,"frontend, charts",Yes,No',
      '2026-03-02,16:45,17:00,0.25,0:15:00,Northwind Analytics,Dashboard rebuild,Chart legend,,No,Yes',
      '',
    ]);
  });

  it('names the end day of an entry past midnight', () => {
    const overnight = row({ start: zonedInstant('2026-03-02', '22:30', 'Europe/Berlin'), end: zonedInstant('2026-03-03', '01:00', 'Europe/Berlin') });
    expect(lines(timeEntriesCsv([overnight]))[1]).toBe('2026-03-02,22:30,2026-03-03 01:00,2.50,2:30:00,Northwind Analytics,Dashboard rebuild,Chart legend,"frontend, charts",Yes,No');
  });

  it('counts real elapsed time across a DST change: 01:30 to 03:30 on spring-forward night is one hour', () => {
    const spring = row({ start: zonedInstant('2026-03-29', '01:30', 'Europe/Berlin'), end: zonedInstant('2026-03-29', '03:30', 'Europe/Berlin') });
    expect(lines(timeEntriesCsv([spring]))[1]).toContain(',01:30,03:30,1.00,1:00:00,');
  });

  it('leaves the end and durations empty for a running entry', () => {
    expect(lines(timeEntriesCsv([row({ end: null })]))[1]).toBe('2026-03-02,09:00,,,,Northwind Analytics,Dashboard rebuild,Chart legend,"frontend, charts",Yes,No');
  });

  it('neutralises formulas a client or description might carry', () => {
    const hostile = row({ clientName: '=cmd|"/C calc"!A0', description: '@SUM(1+1)', projectName: '+Project', tags: ['-tag'] });
    expect(lines(timeEntriesCsv([hostile]))[1]).toBe(`2026-03-02,09:00,10:30,1.50,1:30:00,"'=cmd|""/C calc""!A0","'+Project","'@SUM(1+1)","'-tag",Yes,No`);
  });
});
