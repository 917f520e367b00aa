import { describe, expect, it } from 'vitest';
import { evaluateFigures } from '../../../bench/runner/evaluate-figures';
import type { FigureDefinition } from '../../../bench/runner/figures';
import { formatTable } from '../../../bench/runner/report';

const figures: FigureDefinition[] = [
  { id: 'floor', label: 'Raw put', unit: 'ms', samples: 'put', statistic: 'p95' },
  { id: 'write', label: 'Timer start', unit: 'ms', samples: 'start', statistic: 'p95', floor: 'floor', budget: { kind: 'floorRatio', max: 1.5 } },
  { id: 'js', label: 'Initial JavaScript', unit: 'kB', samples: 'js', statistic: 'once', divisor: 1000, budget: { kind: 'atMost', max: 300 } },
];

describe('formatTable', () => {
  const table = formatTable(evaluateFigures(figures, { put: [1, 2, 4], start: [3, 5, 8], js: [176_400] }));
  const lines = table.split('\n');

  it('prints a header, a rule and one line per figure', () => {
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(/^Figure\s+Value\s+min \/ median \/ max\s+n\s+Floor\s+Ratio\s+Budget\s+Result$/);
  });

  it('shows each figure’s value, spread, floor, ratio, budget and verdict', () => {
    expect(lines[2]).toMatch(/^Raw put\s+4\.00 ms p95\s+1\.00 \/ 2\.00 \/ 4\.00\s+3\s+—\s+—\s+—\s+INFO$/);
    expect(lines[3]).toMatch(/^Timer start\s+8\.00 ms p95\s+3\.00 \/ 5\.00 \/ 8\.00\s+3\s+4\.00 ms\s+2\.00×\s+≤ 1\.5× floor\s+FAIL$/);
    expect(lines[4]).toMatch(/^Initial JavaScript\s+176 kB once\s+—\s+1\s+—\s+—\s+≤ 300 kB\s+PASS$/);
  });

  it('shows a third decimal where two would hide a ratio just over its budget', () => {
    const justOver = formatTable(evaluateFigures(figures, { put: [2], start: [3.004], js: [1] }));
    expect(justOver).toMatch(/1\.502×\s+≤ 1\.5× floor\s+FAIL/);
    const justUnder = formatTable(evaluateFigures(figures, { put: [2], start: [2.99], js: [1] }));
    expect(justUnder).toMatch(/1\.50×\s+≤ 1\.5× floor\s+PASS/);
  });

  it('shows an at-least budget, with as many decimals as it takes to show a rate just under it', () => {
    const rates: FigureDefinition[] = [
      { id: 'floor.rate', label: 'Raw insert', unit: 'rows/s', samples: 'raw', statistic: 'median' },
      { id: 'rate', label: 'Import', unit: 'rows/s', samples: 'import', statistic: 'median', floor: 'floor.rate', budget: { kind: 'floorRatioAtLeast', min: 0.7 } },
    ];
    const justUnder = formatTable(evaluateFigures(rates, { raw: [10_000], import: [6_996] }));
    expect(justUnder).toMatch(/6996 rows\/s median.*0\.6996×\s+≥ 0\.7× floor\s+FAIL/);
    const within = formatTable(evaluateFigures(rates, { raw: [10_000], import: [8_000] }));
    expect(within).toMatch(/0\.80×\s+≥ 0\.7× floor\s+PASS/);
  });

  it('lines the columns up', () => {
    const resultColumn = lines.map((line) => line.lastIndexOf(' ') + 1);
    expect(new Set(resultColumn.slice(2)).size).toBe(1);
  });
});
