import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ChartPoint, ChartSeries } from './chart-types';

export interface BarChartViewProps {
  series: readonly ChartSeries[];
  points: readonly ChartPoint[];
  formatValue: (value: number) => string;
  formatAxis: (value: number) => string;
  /** Stacked bars add up to the point's total; side by side compares them. */
  stacked: boolean;
  height: number;
}

/**
 * The drawn chart, in its own module so recharts loads only when a chart is first shown, never with the first
 * screen. The accessibility layer lets a keyboard move between bars with the arrow keys, showing each tooltip.
 */
export default function BarChartView({ series, points, formatValue, formatAxis, stacked, height }: BarChartViewProps) {
  const rows = points.map((point) => ({ label: point.label, fullLabel: point.fullLabel, ...point.values }));
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} accessibilityLayer>
        <CartesianGrid stroke="var(--color-border)" vertical={false} />
        <XAxis dataKey="label" stroke="var(--color-text-muted)" fontSize={12} tickLine={false} minTickGap={12} />
        <YAxis stroke="var(--color-text-muted)" fontSize={12} width={56} tickFormatter={(value: number) => formatAxis(value)} axisLine={false} tickLine={false} />
        <Tooltip
          cursor={{ fill: 'var(--color-surface-hover)' }}
          formatter={(value, name) => [typeof value === 'number' ? formatValue(value) : String(value), series.find((item) => item.key === name)?.label ?? String(name)]}
          labelFormatter={(_label, payload) => {
            const first = payload[0]?.payload as { fullLabel?: unknown } | undefined;
            return typeof first?.fullLabel === 'string' ? first.fullLabel : '';
          }}
          contentStyle={{ background: 'var(--color-surface-raised)', border: '1px solid var(--color-border)', color: 'var(--color-text)', borderRadius: 8 }}
        />
        {series.map((item, index) => (
          <Bar
            key={item.key}
            dataKey={item.key}
            name={item.key}
            fill={item.color}
            stackId={stacked ? 'total' : undefined}
            radius={stacked && index < series.length - 1 ? 0 : [3, 3, 0, 0]}
            isAnimationActive={false}
            maxBarSize={36}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
