import type { FigureResult } from './evaluate-figures';
import type { FigureBudget } from './figures';

const STATISTIC_LABEL = { median: 'median', p50: 'p50', p95: 'p95', once: 'once' } as const;

function number(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const magnitude = Math.abs(value);
  return value.toFixed(magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : 2);
}

function budgetText(budget: FigureBudget | undefined, unit: string): string {
  if (budget === undefined) return '—';
  return budget.kind === 'floorRatio' ? `≤ ${String(budget.max)}× floor` : `≤ ${String(budget.max)} ${unit}`;
}

/** Two decimals, or three where two would round a ratio just over its budget down onto it. */
function ratioText(ratio: number, budget: FigureBudget | undefined): string {
  const rounded = ratio.toFixed(2);
  const hidesTheCross = budget?.kind === 'floorRatio' && ratio > budget.max && Number(rounded) <= budget.max;
  return `${hidesTheCross ? ratio.toFixed(3) : rounded}×`;
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
