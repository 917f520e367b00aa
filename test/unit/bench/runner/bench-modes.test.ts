import { describe, expect, it } from 'vitest';
import { FULL_MODE, QUICK_MODE, requestFromArguments } from '../../../bench/runner/bench-modes';
import { MEASUREMENTS, PHASE_ORDER, selectMeasurements } from '../../../bench/runner/measurements';

describe('requestFromArguments', () => {
  it('runs the full suite by default and the quick one with --quick', () => {
    expect(requestFromArguments([])).toEqual({ mode: FULL_MODE, only: undefined });
    expect(requestFromArguments(['--quick'])).toEqual({ mode: QUICK_MODE, only: undefined });
  });

  it('names the measurements of a partial run with --only', () => {
    expect(requestFromArguments(['--only=timerClicks,importCsv', '--quick'])).toEqual({ mode: QUICK_MODE, only: ['timerClicks', 'importCsv'] });
  });

  it('refuses options it does not know', () => {
    expect(() => requestFromArguments(['--quik'])).toThrow(/Unknown option --quik/);
  });
});

describe('the suite’s order', () => {
  it('measures the app’s pages after the set-up and before the import and the restores write into the database', () => {
    const inOrder = PHASE_ORDER.flatMap((phase) => MEASUREMENTS.filter((measurement) => measurement.phase === phase).map((measurement) => measurement.name));
    const at = (name: string) => inOrder.indexOf(name);
    for (const app of ['dashboardLoads', 'timeScreenNavigation', 'timerClicks']) {
      for (const setup of ['generate', 'seedApp', 'seedFloor', 'freshProjects']) expect(at(setup)).toBeLessThan(at(app));
      for (const write of ['timerWrites', 'importCsv', 'backupRestore']) expect(at(app)).toBeLessThan(at(write));
    }
    expect(inOrder.filter((name) => MEASUREMENTS.find((measurement) => measurement.name === name)?.phase === 'harness').at(-1)).toBe('backupRestore');
  });
});

describe('selectMeasurements', () => {
  const names = (only: readonly string[] | undefined) => selectMeasurements(only).map((measurement) => measurement.name);

  it('runs every measurement without --only', () => {
    expect(names(undefined)).toContain('backupRestore');
    expect(names(undefined)).toContain('timerClicks');
  });

  it('seeds the dataset first, and adds what a measurement needs, in suite order', () => {
    expect(names(['timerClicks'])).toEqual(['generate', 'seedApp', 'freshProjects', 'timerClicks']);
    expect(names(['dashboardLoads'])).toEqual(['generate', 'seedApp', 'dashboardLoads']);
    expect(names(['importCsv'])).toEqual(['generate', 'seedApp', 'seedFloor', 'importCsv']);
    expect(names(['backupRestore'])).toEqual(['generate', 'seedApp', 'seedFloor', 'backupExport', 'backupRestore']);
  });

  it('refuses a measurement it does not know, listing the ones it does', () => {
    expect(() => names(['timerClick'])).toThrow(/Unknown measurement timerClick; the measurements are generate, .*timerClicks/);
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
