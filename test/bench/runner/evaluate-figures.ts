import type { FigureBudget, FigureDefinition, FigureStatistic, FigureUnit } from './figures';
import { summarise, type SampleSummary } from './statistics';

export type FigureVerdict = 'PASS' | 'FAIL' | 'INFO';

export interface FigureResult {
  id: string;
  label: string;
  unit: FigureUnit;
  statistic: FigureStatistic;
  /** The samples in the figure's unit. */
  summary: SampleSummary;
  value: number;
  floor?: { id: string; value: number };
  /** value ÷ floor value. */
  ratio?: number;
  budget?: FigureBudget;
  /** INFO: the figure has no budget. */
  verdict: FigureVerdict;
}

export type SampleSets = Readonly<Record<string, readonly number[]>>;

function pick(summary: SampleSummary, statistic: FigureStatistic): number {
  return statistic === 'once' ? summary.median : summary[statistic];
}

function holds(budget: FigureBudget, value: number, ratio: number | undefined): boolean {
  if (budget.kind === 'atMost') return Number.isFinite(value) && value <= budget.max;
  if (ratio === undefined || !Number.isFinite(ratio)) return false;
  return budget.kind === 'floorRatio' ? ratio <= budget.max : ratio >= budget.min;
}

function verdictOf(budget: FigureBudget | undefined, value: number, ratio: number | undefined): FigureVerdict {
  if (budget === undefined) return 'INFO';
  return holds(budget, value, ratio) ? 'PASS' : 'FAIL';
}

/**
 * Each figure's value from its samples, set beside its floor, and judged against its budget. A figure whose samples
 * are missing, or whose floor is unknown or in another unit, is a mistake in the definitions and throws.
 */
export function evaluateFigures(figures: readonly FigureDefinition[], samples: SampleSets): FigureResult[] {
  const byId = new Map<string, FigureResult>();
  const results = figures.map((figure) => {
    const raw = samples[figure.samples];
    if (raw === undefined || raw.length === 0) throw new Error(`Figure ${figure.id}: no samples named "${figure.samples}" were measured`);
    const divisor = figure.divisor ?? 1;
    const summary = summarise(raw.map((sample) => sample / divisor));
    const value = pick(summary, figure.statistic);
    const result: FigureResult = { id: figure.id, label: figure.label, unit: figure.unit, statistic: figure.statistic, summary, value, verdict: 'INFO' };
    if (figure.floor !== undefined) {
      const floor = byId.get(figure.floor);
      if (floor === undefined) throw new Error(`Figure ${figure.id}: its floor ${figure.floor} must be defined before it`);
      if (floor.unit !== figure.unit) throw new Error(`Figure ${figure.id}: its floor ${figure.floor} is in ${floor.unit}, not ${figure.unit}`);
      result.floor = { id: floor.id, value: floor.value };
      result.ratio = value / floor.value;
    }
    if (figure.budget !== undefined) {
      if (figure.budget.kind !== 'atMost' && figure.floor === undefined) throw new Error(`Figure ${figure.id}: a floor-ratio budget needs a floor`);
      result.budget = figure.budget;
    }
    result.verdict = verdictOf(figure.budget, value, result.ratio);
    byId.set(figure.id, result);
    return result;
  });
  return results;
}

/** The figures whose samples were measured, each without its floor when the floor's were not (a partial run). */
export function measuredFigures(figures: readonly FigureDefinition[], samples: SampleSets): FigureDefinition[] {
  const has = (figure: FigureDefinition) => (samples[figure.samples]?.length ?? 0) > 0;
  const measured = figures.filter(has);
  const ids = new Set(measured.map((figure) => figure.id));
  return measured.flatMap((figure) => {
    if (figure.floor === undefined || ids.has(figure.floor)) return [figure];
    // A ratio budget cannot be judged without its floor; an absolute one still can.
    if (figure.budget !== undefined && figure.budget.kind !== 'atMost') return [];
    const { floor: _floor, ...withoutFloor } = figure;
    return [withoutFloor];
  });
}

export function allBudgetsPass(results: readonly FigureResult[]): boolean {
  return results.every((result) => result.verdict !== 'FAIL');
}
