/** One measured series of a chart, drawn in a theme colour (a CSS custom property, so light and dark both hold). */
export interface ChartSeries {
  key: string;
  label: string;
  /** e.g. 'var(--color-accent)'. */
  color: string;
}

/** One place on the x axis: a week, a month, a client. */
export interface ChartPoint {
  key: string;
  /** Short, for the axis. */
  label: string;
  /** Long, for the tooltip and the table: "Week of 2 Nov 2026". */
  fullLabel: string;
  /** By series key; a series missing from a point counts as 0. */
  values: Readonly<Record<string, number>>;
}

/** At most this many points per chart: a longer range is grouped by week or month before it reaches one. */
export const MAX_CHART_POINTS = 400;
