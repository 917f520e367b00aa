import { describe, expect, it } from 'vitest';
import { median, percentile, summarise } from '../../../bench/runner/statistics';

describe('percentile', () => {
  it('takes the nearest rank: the smallest sample that p % do not exceed', () => {
    const samples = Array.from({ length: 20 }, (_, index) => 20 - index);
    expect(percentile(samples, 95)).toBe(19);
    expect(percentile(samples, 50)).toBe(10);
    expect(percentile(samples, 100)).toBe(20);
    expect(percentile([7], 95)).toBe(7);
  });

  it('refuses empty samples and percentiles outside (0, 100]', () => {
    expect(() => percentile([], 50)).toThrow(RangeError);
    expect(() => percentile([1], 0)).toThrow(RangeError);
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });
});

describe('median', () => {
  it('is the middle sample, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe('summarise', () => {
  it('does not reorder the samples it is given', () => {
    const samples = [3, 1, 2];
    expect(summarise(samples)).toEqual({ count: 3, min: 1, median: 2, p50: 2, p95: 3, max: 3 });
    expect(samples).toEqual([3, 1, 2]);
  });
});
