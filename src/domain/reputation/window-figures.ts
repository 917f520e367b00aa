import type { ProjectTotals } from '../model';
import { addLocalDays, addLocalMonths } from '../time/local-calendar';
import type { DayWindow } from './figure';
import type { FigureSources } from './figure-records';
import { ratingFigures, type RatingFigures } from './rating-figures';
import { relationshipFigures, type RelationshipFigures } from './relationship-figures';
import { contractTotals } from './reputation-contracts';
import { skillsWithEvidence, type SkillEvidence } from './skills-evidence';
import type { Figure } from './figure';

/** The windows the freelancer can look at ratings, clients and skills over; 'all' is everything recorded. */
export const FIGURE_WINDOWS = [6, 12, 24, 'all'] as const;
export type FigureWindowChoice = (typeof FIGURE_WINDOWS)[number];
export const DEFAULT_FIGURE_WINDOW: FigureWindowChoice = 12;

/** The first day any record can have: the date fields hold four-digit years. */
const FIRST_DAY = '0001-01-01';

/** The days a window covers, up to and including today: the last 12 months are the days after today a year ago. */
export function figureWindowDays(choice: FigureWindowChoice, today: string): DayWindow {
  return { from: choice === 'all' ? FIRST_DAY : addLocalDays(addLocalMonths(today, -choice), 1), to: today };
}

export interface WindowFigures {
  window: DayWindow;
  ratings: RatingFigures;
  relationships: RelationshipFigures;
  skills: Figure<readonly SkillEvidence[]>;
}

/** Ratings, clients and delivery, and skills over one window, with hours and earnings from the project totals. */
export function windowFigures(sources: FigureSources & { projectTotals: readonly ProjectTotals[] }, window: DayWindow, timeZone: string): WindowFigures {
  const totals = contractTotals(sources.projectTotals);
  return {
    window,
    ratings: ratingFigures(sources, window, totals),
    relationships: relationshipFigures(sources, window, { totals, timeZone }),
    skills: skillsWithEvidence(sources, window, totals),
  };
}
