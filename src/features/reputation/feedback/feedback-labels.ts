import type { Feedback, FeedbackSource } from '../../../domain/model';
import { formatDay } from '../../../shared/date-display';

/** The six optional sub-scores, in the order marketplaces list them. */
export const SUB_SCORE_KEYS = ['skills', 'quality', 'availability', 'deadlines', 'communication', 'cooperation'] as const;
export type SubScoreKey = (typeof SUB_SCORE_KEYS)[number];

export const SUB_SCORE_LABELS: Record<SubScoreKey, string> = {
  skills: 'Skills',
  quality: 'Quality',
  availability: 'Availability',
  deadlines: 'Deadlines',
  communication: 'Communication',
  cooperation: 'Cooperation',
};

/** Every source a record may carry: the ones a person picks, and those older records were marked with. */
export const FEEDBACK_SOURCE_LABELS: Record<FeedbackSource, string> = {
  upwork: 'Upwork',
  fiverr: 'Fiverr',
  email: 'Email',
  direct: 'Direct',
  other: 'Other',
  manual: 'Entered by hand',
  import: 'Imported',
  demo: 'Demo data',
};

/** "Feedback of 2 Mar 2026 on Sales dashboard": one review named as the user tells it apart from others in a list. */
export function feedbackLabel(feedback: Pick<Feedback, 'date'>, projectName: string | undefined, locale: string): string {
  const day = formatDay(feedback.date, locale);
  return projectName === undefined ? `Feedback of ${day}` : `Feedback of ${day} on ${projectName}`;
}
