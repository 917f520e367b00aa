import type { FigureResult } from './evaluate-figures';
import type { FigureBudget } from './figures';

const STATISTIC_LABEL = { median: 'median', p50: 'p50', p95: 'p95', max: 'max', once: 'once' } as const;

function number(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const magnitude = Math.abs(value);
  return value.toFixed(magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : 2);
}

function budgetText(budget: FigureBudget | undefined, unit: string): string {
  if (budget === undefined) return '—';
  if (budget.kind === 'floorRatioAtLeast') return `≥ ${String(budget.min)}× floor`;
  return budget.kind === 'floorRatio' ? `≤ ${String(budget.max)}× floor` : `≤ ${String(budget.max)} ${unit}`;
}

/** Whether rounding the ratio to `rounded` would put it back on the right side of its budget. */
function roundingHidesTheCross(ratio: number, rounded: number, budget: FigureBudget | undefined): boolean {
  if (budget?.kind === 'floorRatio') return ratio > budget.max && rounded <= budget.max;
  if (budget?.kind === 'floorRatioAtLeast') return ratio < budget.min && rounded >= budget.min;
  return false;
}

/** Two decimals, or as many more (up to six) as it takes not to round a ratio just past its budget back onto it. */
function ratioText(ratio: number, budget: FigureBudget | undefined): string {
  let digits = 2;
  while (digits < 6 && roundingHidesTheCross(ratio, Number(ratio.toFixed(digits)), budget)) digits += 1;
  return `${ratio.toFixed(digits)}×`;
}

function row(result: FigureResult): string[] {
  const { summary, unit } = result;
  return [
    result.label,
    `${number(result.value)} ${unit} ${STATISTIC_LABEL[result.statistic]}`,
    summary.count === 1 ? '—' : `${number(summary.min)} / ${number(summary.median)} / ${number(summary.max)}`,
    String(summary.count),
    result.floor === undefined ? '—' : `${number(result.floor.value)} ${unit}`,
    result.ratio === undefined ? '—' : ratioText(result.ratio, result.budget),
    budgetText(result.budget, unit),
    result.verdict,
  ];
}

const HEADER = ['Figure', 'Value', 'min / median / max', 'n', 'Floor', 'Ratio', 'Budget', 'Result'];
/** Columns whose text lines up on the right, like the numbers they hold. */
const RIGHT_ALIGNED = new Set([1, 2, 3, 4, 5]);

/** The results as a plain-text table, one figure a line, columns padded to line up in a terminal. */
export function formatTable(results: readonly FigureResult[]): string {
  const rows = [HEADER, ...results.map(row)];
  const widths = HEADER.map((_, column) => Math.max(...rows.map((cells) => (cells[column] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => (RIGHT_ALIGNED.has(column) ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [line(HEADER), rule, ...rows.slice(1).map(line)].join('\n');
}
