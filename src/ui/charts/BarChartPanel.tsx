import { lazy, Suspense, useState, type ReactNode } from 'react';
import { DataTable, type DataTableColumn } from '../DataTable';
import { Panel } from '../Panel';
import type { ChartPoint, ChartSeries } from './chart-types';
import styles from './BarChartPanel.module.css';

const BarChartView = lazy(() => import('./BarChartView'));

export interface BarChartPanelProps {
  title: string;
  /** One sentence a screen reader hears for the chart: what it shows and its range. */
  summary: string;
  series: readonly ChartSeries[];
  points: readonly ChartPoint[];
  formatValue: (value: number) => string;
  /** Shorter text for the axis ("€1.2K"); formatValue when absent. */
  formatAxis?: (value: number) => string;
  /** Controls beside the title, such as a currency choice. */
  controls?: ReactNode;
  /** Stacked bars show a total column in the table too. */
  stacked?: boolean;
  height?: number;
  /** Said instead of drawing an empty axis when every value is 0. */
  emptyMessage: string;
}

function pointTotal(point: ChartPoint, series: readonly ChartSeries[]): number {
  return series.reduce((sum, item) => sum + (point.values[item.key] ?? 0), 0);
}

/**
 * A bar chart with the same figures as a table one click away ("Show as table"), a legend that names each colour,
 * and a sentence for screen readers. The drawing is loaded on first show, so no screen's first paint waits for it.
 */
export function BarChartPanel({ title, summary, series, points, formatValue, formatAxis, controls, stacked = false, height = 220, emptyMessage }: BarChartPanelProps) {
  const [asTable, setAsTable] = useState(false);
  const empty = points.every((point) => series.every((item) => (point.values[item.key] ?? 0) === 0));

  const columns: DataTableColumn<ChartPoint>[] = [
    { key: 'label', header: 'Period', cell: (point) => point.fullLabel },
    ...series.map((item): DataTableColumn<ChartPoint> => ({ key: item.key, header: item.label, align: 'end', cell: (point) => formatValue(point.values[item.key] ?? 0) })),
    ...(stacked ? [{ key: 'total', header: 'Total', align: 'end' as const, cell: (point: ChartPoint) => formatValue(pointTotal(point, series)) }] : []),
  ];

  return (
    <Panel
      title={title}
      aside={
        <>
          {controls}
          {!empty && (
            <button type="button" className="button button-ghost button-sm" aria-pressed={asTable} onClick={() => setAsTable((shown) => !shown)}>
              {asTable ? 'Show as chart' : 'Show as table'}
            </button>
          )}
        </>
      }
    >
      {empty ? (
        <p className={styles.empty}>{emptyMessage}</p>
      ) : asTable ? (
        <DataTable label={title} rows={points} columns={columns} rowKey={(point) => point.key} />
      ) : (
        <figure className={styles.figure} aria-label={summary}>
          <ul className={styles.legend} aria-label="Legend">
            {series.map((item) => (
              <li key={item.key}>
                <span className={styles.swatch} style={{ background: item.color }} aria-hidden="true" />
                {item.label}
              </li>
            ))}
          </ul>
          <Suspense fallback={<div className={styles.placeholder} style={{ height }} aria-hidden="true" />}>
            <BarChartView series={series} points={points} formatValue={formatValue} formatAxis={formatAxis ?? formatValue} stacked={stacked} height={height} />
          </Suspense>
        </figure>
      )}
    </Panel>
  );
}
