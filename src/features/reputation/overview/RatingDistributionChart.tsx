import { Bar, BarChart, XAxis, YAxis } from 'recharts';
import type { StarBand } from '../../../domain/reputation/rating-figures';
import styles from './RatingDistributionChart.module.css';

const BAR_ROW_HEIGHT = 32;

function bandLabel(stars: number): string {
  return `${stars} ${stars === 1 ? 'star' : 'stars'}`;
}

/**
 * How many reviews fall in each star band, drawn like the standing chart (colours from the tokens, 12px axes), as horizontal bars with each band's count in a column on the right (a
 * count of 0 included, which a label on a bar of no length would not show). The chart is one image to assistive
 * technology, named by the same counts in words.
 */
export function RatingDistributionChart({ bands }: { bands: readonly StarBand[] }) {
  const rows = bands.map((band) => ({ band: bandLabel(band.stars), count: band.count }));
  const description = rows.map((row) => `${row.band}: ${row.count}`).join(', ');
  return (
    <div role="img" aria-label={`Reviews by star band. ${description}.`} className={styles.chart}>
      <BarChart data={rows} layout="vertical" width="100%" height={rows.length * BAR_ROW_HEIGHT + 8} responsive accessibilityLayer={false} margin={{ top: 4, right: 8, bottom: 4, left: 0 }}>
        <XAxis type="number" allowDecimals={false} hide />
        <YAxis yAxisId="band" type="category" dataKey="band" width={64} tickLine={false} axisLine={false} stroke="var(--color-text-muted)" fontSize={12} />
        <YAxis yAxisId="count" orientation="right" type="category" dataKey="count" width={40} tickLine={false} axisLine={false} stroke="var(--color-text)" fontSize={12} />
        <Bar yAxisId="band" dataKey="count" fill="var(--color-star-fill)" background={{ fill: 'var(--color-surface-sunken)' }} radius={[0, 4, 4, 0]} barSize={18} isAnimationActive={false} />
      </BarChart>
    </div>
  );
}
