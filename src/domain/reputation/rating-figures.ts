import type { Feedback } from '../model';
import { divideRoundHalfAwayFromZero } from '../money';
import { figure, isDayInWindow, type DayWindow, type Figure } from './figure';
import { figureRecordLabels, live, type FigureSources } from './figure-records';
import { averageRatingTenths } from './rating';
import type { ContractTotals } from './reputation-contracts';

export type SubScoreKey = keyof Feedback['subScores'];

/** The six sub-scores in the order marketplaces list them, with the words the screen shows. */
export const SUB_SCORES: ReadonlyArray<{ key: SubScoreKey; label: string }> = [
  { key: 'skills', label: 'Skills' },
  { key: 'quality', label: 'Quality' },
  { key: 'availability', label: 'Availability' },
  { key: 'deadlines', label: 'Deadlines' },
  { key: 'communication', label: 'Communication' },
  { key: 'cooperation', label: 'Cooperation' },
];

export interface SubScoreFigure {
  key: SubScoreKey;
  label: string;
  /** Average of this sub-score in tenths of a star. */
  figure: Figure<number>;
}

/** How many ratings fall in one whole-star band. */
export interface StarBand {
  stars: 1 | 2 | 3 | 4 | 5;
  count: number;
}

export interface RatingFigures {
  /** Mean rating in tenths of a star. */
  average: Figure<number>;
  /** Mean rating in tenths of a star, each feedback weighted by its project's earnings. */
  weighted: Figure<number>;
  subScores: readonly SubScoreFigure[];
  /** Counts per band, five stars first. */
  distribution: Figure<readonly StarBand[]>;
}

const NO_FEEDBACK = 'No feedback dated in this window';
const STAR_BANDS = [1, 2, 3, 4, 5] as const;

/**
 * The whole-star band of a rating: halves and above round up, so 4.5 counts as five stars and 4.4 as four, the way
 * the stars beside a rating are read (see starCounts in rating.ts).
 */
export function starBand(ratingTenths: number): StarBand['stars'] {
  const index = Math.min(STAR_BANDS.length - 1, Math.max(0, Math.floor((ratingTenths + 5) / 10) - 1));
  return STAR_BANDS[index] ?? 1;
}

/**
 * Σ (rating × weight) ÷ Σ weight in tenths, rounded half up; undefined when nothing weighs anything. In BigInt, since
 * ratings times years of earnings in minor units can pass the range where doubles count exactly.
 */
function weightedAverageTenths(items: ReadonlyArray<{ ratingTenths: number; weight: number }>): number | undefined {
  let weighted = 0n;
  let weights = 0n;
  for (const { ratingTenths, weight } of items) {
    weighted += BigInt(ratingTenths) * BigInt(weight);
    weights += BigInt(weight);
  }
  return weights === 0n ? undefined : Number(divideRoundHalfAwayFromZero(weighted, weights));
}

/**
 * The rating figures over the feedback dated in `window`. `totals` holds each project's totals (contractTotals, from
 * the project totals); its earnings in the base currency weigh every feedback on that project. A project with no
 * earnings recorded (nothing paid yet, or non-billable work) weighs nothing, so its feedback is listed but does not
 * move the weighted average; with no paid project at all there is no weighted average.
 */
export function ratingFigures(
  records: Pick<FigureSources, 'feedback' | 'projects' | 'clients'>,
  window: DayWindow,
  totals: ReadonlyMap<string, Pick<ContractTotals, 'earnedBaseMinor'>>,
): RatingFigures {
  const labels = figureRecordLabels(records.clients, records.projects);
  const inWindow = live(records.feedback)
    .filter((item) => isDayInWindow(item.date, window))
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  const behind = inWindow.map((item) => labels.feedback(item));

  const average = figure(averageRatingTenths(inWindow), behind, 'Sum of ratings ÷ number of reviews, rounded to a tenth of a star', NO_FEEDBACK);

  const weights = inWindow.map((item) => ({ item, weight: Math.max(0, totals.get(item.projectId)?.earnedBaseMinor ?? 0) }));
  const weighted = figure(
    weightedAverageTenths(weights.map(({ item, weight }) => ({ ratingTenths: item.ratingTenths, weight }))),
    weights.map(({ item, weight }) => labels.feedback(item, weight === 0 ? { note: 'No earnings recorded on its project: weighs nothing' } : {})),
    'Sum of (rating × the project’s earnings in your base currency) ÷ sum of those earnings, rounded to a tenth of a star. Feedback on a project with no earnings recorded weighs nothing.',
    inWindow.length === 0 ? NO_FEEDBACK : 'No feedback in this window is on a project with earnings recorded',
  );

  const subScores = SUB_SCORES.map(({ key, label }) => {
    const rated = inWindow.flatMap((item) => {
      const ratingTenths = item.subScores[key];
      return ratingTenths === undefined ? [] : [{ item, ratingTenths }];
    });
    return {
      key,
      label,
      figure: figure(
        averageRatingTenths(rated),
        rated.map(({ item }) => labels.feedback(item)),
        `Sum of the ${label.toLowerCase()} ratings ÷ number of reviews that give one, rounded to a tenth of a star`,
        inWindow.length === 0 ? NO_FEEDBACK : `No feedback in this window rates ${label.toLowerCase()}`,
      ),
    };
  });

  const counts = new Map<StarBand['stars'], number>();
  for (const item of inWindow) {
    const band = starBand(item.ratingTenths);
    counts.set(band, (counts.get(band) ?? 0) + 1);
  }
  const bands = [...STAR_BANDS].reverse().map((stars) => ({ stars, count: counts.get(stars) ?? 0 }));
  const distribution = figure<readonly StarBand[]>(
    inWindow.length === 0 ? undefined : bands,
    inWindow.map((item) => labels.feedback(item, item.ratingTenths % 10 === 0 ? {} : { note: `Counts in the ${starBand(item.ratingTenths)}-star band` })),
    'Number of reviews in each whole-star band; a half star or more rounds up, so 4.5 counts as 5 stars and 4.4 as 4',
    NO_FEEDBACK,
  );

  return { average, weighted, subScores, distribution };
}
