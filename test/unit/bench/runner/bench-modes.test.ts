import { describe, expect, it } from 'vitest';
import { FULL_MODE, modeFromArguments, QUICK_MODE } from '../../../bench/runner/bench-modes';

describe('modeFromArguments', () => {
  it('runs the full suite by default and the quick one with --quick', () => {
    expect(modeFromArguments([])).toBe(FULL_MODE);
    expect(modeFromArguments(['--quick'])).toBe(QUICK_MODE);
  });

  it('refuses options it does not know', () => {
    expect(() => modeFromArguments(['--quik'])).toThrow(/Unknown option --quik/);
  });
});

describe('the modes', () => {
  it('measure the full dataset and a tenth of it, each load at least five times', () => {
    expect(FULL_MODE.sizes.timeEntries).toBe(100_000);
    expect(QUICK_MODE.sizes.timeEntries).toBe(10_000);
    for (const table of ['clients', 'projects', 'invoices', 'payments', 'feedback', 'proposals'] as const) {
      expect(QUICK_MODE.sizes[table] * 10).toBe(FULL_MODE.sizes[table]);
    }
    expect(QUICK_MODE.loads.runs).toBeGreaterThanOrEqual(5);
    expect(FULL_MODE.loads.runs).toBeGreaterThanOrEqual(5);
  });

  it('import a Toggl file of 20,000 rows, or 2,000 in the quick mode, and repeat imports and backups', () => {
    expect(FULL_MODE.importRows).toBe(20_000);
    expect(QUICK_MODE.importRows).toBe(2_000);
    for (const mode of [FULL_MODE, QUICK_MODE]) {
      expect(mode.runs.imports).toBeGreaterThanOrEqual(3);
      expect(mode.runs.backups).toBeGreaterThanOrEqual(2);
    }
  });

  it('click the timer’s Start and Stop 100 times each in the full suite, and time enough cold starts and navigations for a p95', () => {
    expect(FULL_MODE.clicks.timer).toBe(100);
    for (const mode of [FULL_MODE, QUICK_MODE]) {
      expect(mode.clicks.timer).toBeGreaterThanOrEqual(20);
      expect(mode.clicks.coldStarts).toBeGreaterThanOrEqual(5);
      expect(mode.clicks.navigations).toBeGreaterThanOrEqual(10);
    }
  });
});
