import { describe, expect, it } from 'vitest';
import { FIGURES, type FigureDefinition } from '../../../bench/runner/figures';

function figure(id: string): FigureDefinition {
  const found = FIGURES.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`No figure ${id}`);
  return found;
}

describe('the budgets the suite judges', () => {
  it('judge the timer by what a person sees: a click until its result is painted, at most 100 ms at p95, beside the click floor', () => {
    for (const id of ['app.clickStart.p95', 'app.clickStop.p95', 'app.coldStartReload', 'app.coldStartNewProject']) {
      expect(figure(id)).toMatchObject({ statistic: 'p95', floor: 'floor.click.p95', budget: { kind: 'atMost', max: 100 } });
    }
    expect(figure('floor.click.p95').samples).toBe(figure('floor.click.p50').samples);
  });

  it('keep the old timer write figures for comparison, with no budget', () => {
    for (const id of ['app.timerStart.p50', 'app.timerStart.p95', 'app.timerStop.p50', 'app.timerStop.p95']) {
      expect(figure(id).budget).toBeUndefined();
      expect(figure(id).floor).toMatch(/^floor\.put\./);
    }
  });

  it('hold navigation to the Time screen to 300 ms at p95, and its queries to their raw floors', () => {
    expect(figure('app.timeNavigation')).toMatchObject({ statistic: 'p95', budget: { kind: 'atMost', max: 300 } });
    expect(figure('app.timeScreenList')).toMatchObject({ floor: 'floor.timeScreenList', budget: { kind: 'floorRatio' } });
    expect(figure('app.timeScreenWeek')).toMatchObject({ floor: 'floor.timeScreenWeek', budget: { kind: 'floorRatio' } });
  });

  it('set the app load beside the load floor page at 2×, the import at 0.7× its raw insert, the backup export beside every table read', () => {
    expect(figure('app.loadInteractive')).toMatchObject({ floor: 'floor.load', budget: { kind: 'floorRatio', max: 2 } });
    expect(figure('app.importRate')).toMatchObject({ floor: 'floor.importInsert', budget: { kind: 'floorRatioAtLeast', min: 0.7 } });
    expect(figure('app.backupExport').floor).toBe('floor.readEveryTable');
  });
});
