import { describe, expect, it } from 'vitest';
import { backupCountRows, totalRecords } from '../../../../../src/features/data/backups/backup-counts';
import { backupFileName, safetyBackupFileName } from '../../../../../src/features/data/backups/backup-file-names';
import { automaticBackupKind, isAutomaticBackupDue } from '../../../../../src/features/data/backups/automatic-backup-schedule';

const DAY_MS = 86_400_000;
/** Saturday 28 November 2026, 23:30 in Berlin (22:30 UTC). */
const LATE_SATURDAY_BERLIN = Date.UTC(2026, 10, 28, 22, 30);

describe('backup file names', () => {
  it('names a backup for the day in the user’s zone, not in UTC', () => {
    expect(backupFileName(LATE_SATURDAY_BERLIN, 'Europe/Berlin')).toBe('Repute backup 2026-11-28.json');
    expect(backupFileName(LATE_SATURDAY_BERLIN, 'Asia/Tokyo')).toBe('Repute backup 2026-11-29.json');
  });

  it('puts the time in a safety backup’s name, without colons', () => {
    expect(safetyBackupFileName(LATE_SATURDAY_BERLIN, 'Europe/Berlin')).toBe('Repute safety backup 2026-11-28 23-30.json');
  });
});

describe('the daily automatic backup', () => {
  it('is due when no backup is from today in the user’s zone', () => {
    expect(isAutomaticBackupDue([], LATE_SATURDAY_BERLIN, 'Europe/Berlin')).toBe(true);
    expect(isAutomaticBackupDue([{ at: LATE_SATURDAY_BERLIN - DAY_MS }], LATE_SATURDAY_BERLIN, 'Europe/Berlin')).toBe(true);
    expect(isAutomaticBackupDue([{ at: LATE_SATURDAY_BERLIN - 20 * 3_600_000 }], LATE_SATURDAY_BERLIN, 'Europe/Berlin')).toBe(false);
  });

  it('counts a backup made just after local midnight as today even though it is yesterday in UTC', () => {
    const justAfterMidnightBerlin = Date.UTC(2026, 10, 28, 23, 5);
    const backupBeforeMidnight = Date.UTC(2026, 10, 28, 22, 55);
    expect(isAutomaticBackupDue([{ at: backupBeforeMidnight }], justAfterMidnightBerlin, 'Europe/Berlin')).toBe(true);
    expect(isAutomaticBackupDue([{ at: justAfterMidnightBerlin - 60_000 }], justAfterMidnightBerlin, 'Europe/Berlin')).toBe(false);
  });

  it('labels kept backups by age: a week of daily ones, four weeks of weekly ones, then monthly', () => {
    // A summer day, so the days counted back cross no change of clocks and each is exactly DAY_MS long.
    const now = Date.UTC(2026, 6, 28, 10, 0);
    const kind = (daysAgo: number) => automaticBackupKind(now - daysAgo * DAY_MS, now, 'Europe/Berlin');
    expect(kind(0)).toBe('daily');
    expect(kind(6)).toBe('daily');
    expect(kind(7)).toBe('weekly');
    expect(kind(34)).toBe('weekly');
    expect(kind(35)).toBe('monthly');
    expect(kind(300)).toBe('monthly');
  });
});

describe('backup counts', () => {
  it('lists the tables people fill in the app’s order, leaving out derived ones, and keeps unknown tables by name', () => {
    const rows = backupCountRows({ rollups: 40, settings: 1, payments: 3, clients: 2, timeEntries: 30, futureTable: 4 });
    expect(rows).toEqual([
      { table: 'clients', label: 'Clients', count: 2 },
      { table: 'timeEntries', label: 'Time entries', count: 30 },
      { table: 'payments', label: 'Payments', count: 3 },
      { table: 'futureTable', label: 'futureTable', count: 4 },
    ]);
    expect(totalRecords({ rollups: 40, settings: 1, payments: 3, clients: 2 })).toBe(5);
  });
});
