import { describe, expect, it } from 'vitest';
import { allBudgetsPass, evaluateFigures, measuredFigures } from '../../../bench/runner/evaluate-figures';
import { FIGURES, type FigureDefinition } from '../../../bench/runner/figures';

const floor: FigureDefinition = { id: 'floor.week', label: 'Raw week', unit: 'ms', samples: 'week.floor', statistic: 'median' };
const query: FigureDefinition = { id: 'app.week', label: 'App week', unit: 'ms', samples: 'week.app', statistic: 'median', floor: 'floor.week', budget: { kind: 'floorRatio', max: 1.5 } };
const heap: FigureDefinition = { id: 'app.heap', label: 'Heap', unit: 'MB', samples: 'heap', statistic: 'median', divisor: 1_000_000, budget: { kind: 'atMost', max: 60 } };

describe('evaluateFigures', () => {
  it('sets each figure beside its floor and judges the ratio', () => {
    const [floorResult, queryResult] = evaluateFigures([floor, query], { 'week.floor': [2, 2, 3], 'week.app': [3, 2.9, 10] });
    expect(floorResult?.verdict).toBe('INFO');
    expect(queryResult).toMatchObject({ value: 3, floor: { id: 'floor.week', value: 2 }, ratio: 1.5, verdict: 'PASS' });
    const [, slower] = evaluateFigures([floor, query], { 'week.floor': [2], 'week.app': [3.2] });
    expect(slower?.verdict).toBe('FAIL');
  });

  it('converts samples to the figure’s unit before judging an absolute budget', () => {
    const [within] = evaluateFigures([heap], { heap: [59_000_000, 61_000_000, 58_000_000] });
    expect(within).toMatchObject({ value: 59, verdict: 'PASS', summary: { min: 58, max: 61 } });
    const [over] = evaluateFigures([heap], { heap: [60_500_000] });
    expect(over?.verdict).toBe('FAIL');
  });

  it('reports a p95 figure by its 95th percentile', () => {
    const writes: FigureDefinition = { id: 'writes', label: 'Writes', unit: 'ms', samples: 'writes', statistic: 'p95' };
    const samples = Array.from({ length: 100 }, (_, index) => index + 1);
    expect(evaluateFigures([writes], { writes: samples })[0]?.value).toBe(95);
  });

  it('judges a rate against its floor from below: at least the budget’s share of the floor’s rate', () => {
    const rawRate: FigureDefinition = { id: 'floor.rate', label: 'Raw rows/s', unit: 'rows/s', samples: 'rate.floor', statistic: 'median' };
    const importRate: FigureDefinition = { id: 'app.rate', label: 'Import rows/s', unit: 'rows/s', samples: 'rate.app', statistic: 'median', floor: 'floor.rate', budget: { kind: 'floorRatioAtLeast', min: 0.7 } };
    const [, fastEnough] = evaluateFigures([rawRate, importRate], { 'rate.floor': [10_000], 'rate.app': [7_000] });
    expect(fastEnough).toMatchObject({ ratio: 0.7, verdict: 'PASS' });
    const [, tooSlow] = evaluateFigures([rawRate, importRate], { 'rate.floor': [10_000], 'rate.app': [6_990] });
    expect(tooSlow?.verdict).toBe('FAIL');
    expect(() => evaluateFigures([{ ...importRate, floor: undefined }], { 'rate.app': [1] })).toThrow(/needs a floor/);
  });

  it('reports a max figure by its largest sample', () => {
    const longest: FigureDefinition = { id: 'task', label: 'Longest task', unit: 'ms', samples: 'task', statistic: 'max', budget: { kind: 'atMost', max: 200 } };
    expect(evaluateFigures([longest], { task: [120, 90, 210] })[0]).toMatchObject({ value: 210, verdict: 'FAIL' });
  });

  it('throws for missing samples, a floor defined later, or a floor in another unit', () => {
    expect(() => evaluateFigures([floor], {})).toThrow(/no samples named "week.floor"/);
    expect(() => evaluateFigures([query, floor], { 'week.floor': [1], 'week.app': [1] })).toThrow(/defined before it/);
    expect(() => evaluateFigures([floor, { ...heap, floor: 'floor.week' }], { 'week.floor': [1], heap: [1] })).toThrow(/is in ms, not MB/);
  });

  it('needs every figure the suite defines to be consistent', () => {
    const samples = Object.fromEntries(FIGURES.map((figure) => [figure.samples, [1]]));
    const results = evaluateFigures(FIGURES, samples);
    expect(results.map((result) => result.id)).toEqual(FIGURES.map((figure) => figure.id));
    expect(new Set(results.map((result) => result.id)).size).toBe(FIGURES.length);
  });
});

describe('allBudgetsPass', () => {
  it('fails when any figure is over budget and ignores figures without one', () => {
    const passing = evaluateFigures([floor, query], { 'week.floor': [2], 'week.app': [2] });
    const failing = evaluateFigures([floor, query], { 'week.floor': [2], 'week.app': [4] });
    expect(allBudgetsPass(passing)).toBe(true);
    expect(allBudgetsPass(failing)).toBe(false);
  });
});

describe('measuredFigures', () => {
  const info: FigureDefinition = { id: 'app.info', label: 'Info', unit: 'ms', samples: 'week.app', statistic: 'p95', floor: 'floor.week' };
  const absolute: FigureDefinition = { ...info, id: 'app.absolute', budget: { kind: 'atMost', max: 100 } };

  it('keeps the figures whose samples a partial run measured', () => {
    expect(measuredFigures([floor, query, heap], { 'week.floor': [1], 'week.app': [1] }).map((figure) => figure.id)).toEqual(['floor.week', 'app.week']);
  });

  it('drops a ratio budget whose floor was not measured, and keeps an absolute one without its floor', () => {
    const kept = measuredFigures([floor, query, info, absolute], { 'week.app': [1] });
    expect(kept.map((figure) => figure.id)).toEqual(['app.info', 'app.absolute']);
    expect(kept.every((figure) => figure.floor === undefined)).toBe(true);
    expect(evaluateFigures(kept, { 'week.app': [120] })[1]?.verdict).toBe('FAIL');
  });
});
