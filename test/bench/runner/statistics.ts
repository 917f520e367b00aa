/** The figures a set of repeated measurements is summed up by. */
export interface SampleSummary {
  count: number;
  min: number;
  median: number;
  p50: number;
  p95: number;
  max: number;
}

function sortedCopy(samples: readonly number[]): number[] {
  return [...samples].sort((a, b) => a - b);
}

/** The nearest-rank percentile: the smallest sample that at least p % of the samples do not exceed. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new RangeError('percentile: no samples');
  if (!(p > 0 && p <= 100)) throw new RangeError(`percentile: p must be in (0, 100], got ${String(p)}`);
  const sorted = sortedCopy(samples);
  return sorted[Math.ceil((p / 100) * sorted.length) - 1] ?? Number.NaN;
}

/** The middle sample, or the mean of the two middle ones for an even count. */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) throw new RangeError('median: no samples');
  const sorted = sortedCopy(samples);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? Number.NaN) + upper) / 2;
}

export function summarise(samples: readonly number[]): SampleSummary {
  if (samples.length === 0) throw new RangeError('summarise: no samples');
  const sorted = sortedCopy(samples);
  return {
    count: sorted.length,
    min: sorted[0] ?? Number.NaN,
    median: median(sorted),
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: sorted[sorted.length - 1] ?? Number.NaN,
  };
}
