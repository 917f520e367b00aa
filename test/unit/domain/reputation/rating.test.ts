import { describe, expect, it } from 'vitest';
import { averageRatingTenths, commentExcerpt, formatRating, starCounts } from '../../../../src/domain/reputation/rating';

describe('averageRatingTenths', () => {
  it('is undefined without feedback', () => {
    expect(averageRatingTenths([])).toBeUndefined();
  });

  it('averages in tenths and rounds half up', () => {
    expect(averageRatingTenths([{ ratingTenths: 50 }, { ratingTenths: 45 }])).toBe(48);
    expect(averageRatingTenths([{ ratingTenths: 50 }, { ratingTenths: 47 }, { ratingTenths: 40 }])).toBe(46);
  });

  it('keeps an exact average exact', () => {
    expect(averageRatingTenths([{ ratingTenths: 40 }, { ratingTenths: 50 }])).toBe(45);
  });
});

describe('formatRating', () => {
  it('always shows one decimal', () => {
    expect(formatRating(50, 'en-GB')).toBe('5.0');
    expect(formatRating(47, 'en-GB')).toBe('4.7');
  });

  it('uses the locale decimal separator', () => {
    expect(formatRating(47, 'de-DE')).toBe('4,7');
  });
});

describe('starCounts', () => {
  it('rounds to the nearest half star', () => {
    expect(starCounts(47)).toEqual({ full: 4, half: 1, empty: 0 });
    expect(starCounts(48)).toEqual({ full: 5, half: 0, empty: 0 });
    expect(starCounts(42)).toEqual({ full: 4, half: 0, empty: 1 });
  });

  it('always draws five stars', () => {
    for (let tenths = 10; tenths <= 50; tenths += 1) {
      const { full, half, empty } = starCounts(tenths);
      expect(full + half + empty).toBe(5);
    }
  });
});

describe('commentExcerpt', () => {
  it('leaves short comments whole', () => {
    expect(commentExcerpt('Great work.', 40)).toBe('Great work.');
  });

  it('cuts long comments at a word and marks the cut', () => {
    expect(commentExcerpt('Delivered the dashboard two weeks early and documented everything', 30)).toBe('Delivered the dashboard two…');
  });

  it('folds line breaks into single spaces', () => {
    expect(commentExcerpt('Line one.\n\nLine two.', 40)).toBe('Line one. Line two.');
  });
});
