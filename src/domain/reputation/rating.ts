import type { Feedback } from '../model';

/** Mean rating in whole tenths of a star, rounded half up; undefined when there is nothing to average. */
export function averageRatingTenths(feedback: readonly Pick<Feedback, 'ratingTenths'>[]): number | undefined {
  if (feedback.length === 0) return undefined;
  const sum = feedback.reduce((total, item) => total + item.ratingTenths, 0);
  return Math.floor((sum * 2 + feedback.length) / (feedback.length * 2));
}

/** "4.5": one decimal, in the locale's own digits and separator. */
export function formatRating(ratingTenths: number, locale: string): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(ratingTenths / 10);
}

export interface StarCounts {
  full: number;
  half: number;
  empty: number;
}

/** Five stars drawn to the nearest half star, so 4.7 shows as four and a half. */
export function starCounts(ratingTenths: number): StarCounts {
  const halves = Math.min(10, Math.max(0, Math.round(ratingTenths / 5)));
  const full = Math.floor(halves / 2);
  const half = halves % 2;
  return { full, half, empty: 5 - full - half };
}

/** The start of a comment, cut at a word boundary so a table row stays one line. */
export function commentExcerpt(comment: string, maxLength: number): string {
  const text = comment.replace(/\s+/g, ' ').trim();
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}
