import type { FieldErrors } from '../../../db/repositories/write-result';
import type { Client, Feedback, FeedbackInput, FeedbackSource, Project } from '../../../domain/model';
import { localeNumberSymbols } from '../../../domain/money/locale-number-symbols';
import { formatRating } from '../../../domain/reputation/rating';
import type { FieldReading } from '../../../shared/form-numbers';
import type { FormMessages } from '../../../shared/record-form-state';
import { readTypedDecimal } from '../../../shared/typed-number';
import { SUB_SCORE_KEYS, SUB_SCORE_LABELS, type SubScoreKey } from './feedback-labels';

/** The feedback form as its inputs hold it; each sub-score is a field of its own, so its message sits under it. */
export interface FeedbackFormValues extends Record<SubScoreKey, string> {
  projectId: string;
  date: string;
  rating: string;
  comment: string;
  source: FeedbackSource;
  canQuote: boolean;
  privateNote: string;
}

export type FeedbackFormField = keyof FeedbackFormValues;
export type FeedbackFormErrors = Partial<Record<FeedbackFormField, string>>;

const NO_SUB_SCORES: Record<SubScoreKey, string> = { skills: '', quality: '', availability: '', deadlines: '', communication: '', cooperation: '' };

const MIN_TENTHS = 10;
const MAX_TENTHS = 50;

/** Where a client's feedback usually comes from, by the platform the client came through. */
export function suggestedSource(client: Pick<Client, 'platform'> | undefined): FeedbackSource {
  if (client === undefined || client.platform === 'direct') return 'direct';
  return client.platform === 'upwork' || client.platform === 'fiverr' ? client.platform : 'other';
}

/** New feedback given today on the project (the one whose page it was opened from, if any). */
export function blankFeedbackForm(project: Project | undefined, clientsById: ReadonlyMap<string, Client>, today: string): FeedbackFormValues {
  return {
    projectId: project?.id ?? '',
    date: today,
    rating: '',
    ...NO_SUB_SCORES,
    comment: '',
    source: suggestedSource(project === undefined ? undefined : clientsById.get(project.clientId)),
    canQuote: false,
    privateNote: '',
  };
}

export function feedbackFormFromFeedback(feedback: Feedback, locale: string): FeedbackFormValues {
  const subScores = { ...NO_SUB_SCORES };
  for (const key of SUB_SCORE_KEYS) {
    const tenths = feedback.subScores[key];
    if (tenths !== undefined) subScores[key] = formatRating(tenths, locale);
  }
  return {
    projectId: feedback.projectId,
    date: feedback.date,
    rating: formatRating(feedback.ratingTenths, locale),
    ...subScores,
    comment: feedback.comment,
    source: feedback.source,
    canQuote: feedback.canQuote,
    privateNote: feedback.privateNote ?? '',
  };
}

export interface FeedbackFormFollowing {
  projectsById: ReadonlyMap<string, Project>;
  clientsById: ReadonlyMap<string, Client>;
}

function clientOf(projectId: string, following: FeedbackFormFollowing): Client | undefined {
  const project = following.projectsById.get(projectId);
  return project === undefined ? undefined : following.clientsById.get(project.clientId);
}

/** A source the form suggested follows the chosen project's client; one the user picked stays. */
export function followFeedbackForm(next: FeedbackFormValues, field: FeedbackFormField, previous: FeedbackFormValues, following: FeedbackFormFollowing): FeedbackFormValues {
  if (field !== 'projectId' || previous.source !== suggestedSource(clientOf(previous.projectId, following))) return next;
  return { ...next, source: suggestedSource(clientOf(next.projectId, following)) };
}

/** A rating's name at the start of a message, and inside one. */
interface RatingName {
  label: string;
  inSentence: string;
}

const OVERALL_RATING: RatingName = { label: 'Overall rating', inSentence: 'the overall rating' };

/**
 * A rating as typed, in stars from 1.0 to 5.0 in the locale's decimal sign, read as whole tenths of a star. Every
 * message names the rating it is about, so it reads right wherever it is shown.
 */
function readRatingTenths(text: string, name: RatingName, locale: string): FieldReading<number> {
  const reading = readTypedDecimal(text, locale);
  if (reading.kind === 'empty') return reading;
  const { label } = name;
  const { decimal } = localeNumberSymbols(locale);
  if (reading.kind === 'invalid') return { kind: 'error', message: `Enter ${name.inSentence} as a number of stars, such as 4${decimal}5` };
  if (reading.fraction.replace(/0+$/, '').length > 1) return { kind: 'error', message: `${label} is rated in halves or tenths of a star, such as 4${decimal}5 or 4${decimal}7` };
  const tenths = Number(reading.whole) * 10 + Number((reading.fraction + '0').charAt(0));
  if (reading.negative || tenths < MIN_TENTHS || tenths > MAX_TENTHS) {
    return { kind: 'error', message: `${label} must be between ${formatRating(MIN_TENTHS, locale)} and ${formatRating(MAX_TENTHS, locale)} stars` };
  }
  return { kind: 'value', value: tenths };
}

function optional(text: string): string | undefined {
  const trimmed = text.trim();
  return trimmed === '' ? undefined : trimmed;
}

/**
 * The input to save and the messages for fields that cannot be read. The client is the chosen project's (the
 * repository takes it from the project again). While any message exists the form saves nothing, so the stand-in
 * values of unreadable fields are never stored.
 */
export function feedbackInputFromForm(values: FeedbackFormValues, context: { locale: string; clientId: string }): { input: FeedbackInput; readErrors: FeedbackFormErrors } {
  const { locale } = context;
  const readErrors: FeedbackFormErrors = {};
  if (values.projectId === '') readErrors.projectId = 'Choose the project the feedback is about';
  if (values.date.trim() === '') readErrors.date = 'Choose the day the client gave the feedback';

  const rating = readRatingTenths(values.rating, OVERALL_RATING, locale);
  if (rating.kind === 'empty') readErrors.rating = `Enter the overall rating, from ${formatRating(MIN_TENTHS, locale)} to ${formatRating(MAX_TENTHS, locale)} stars`;
  if (rating.kind === 'error') readErrors.rating = rating.message;

  const subScores: FeedbackInput['subScores'] = {};
  for (const key of SUB_SCORE_KEYS) {
    const label = SUB_SCORE_LABELS[key];
    const score = readRatingTenths(values[key], { label, inSentence: label.toLowerCase() }, locale);
    if (score.kind === 'error') readErrors[key] = score.message;
    if (score.kind === 'value') subScores[key] = score.value;
  }

  const input: FeedbackInput = {
    projectId: values.projectId,
    clientId: context.clientId,
    date: values.date.trim() === '' ? '2000-01-01' : values.date,
    ratingTenths: rating.kind === 'value' ? rating.value : MAX_TENTHS,
    subScores,
    comment: values.comment.trim(),
    canQuote: values.canQuote,
    source: values.source,
    privateNote: optional(values.privateNote),
  };
  return { input, readErrors };
}

const FIELD_BY_PATH: Record<string, FeedbackFormField> = {
  projectId: 'projectId',
  // The client comes from the project, so a client message means the project is still to be chosen.
  clientId: 'projectId',
  date: 'date',
  ratingTenths: 'rating',
  comment: 'comment',
  canQuote: 'canQuote',
  source: 'source',
  privateNote: 'privateNote',
  ...Object.fromEntries(SUB_SCORE_KEYS.map((key) => [`subScores.${key}`, key])),
};

/** Puts each repository message under its input; the rest are returned as lines. */
export function feedbackFormErrors(errors: FieldErrors): FormMessages<FeedbackFormField> {
  const byField: FeedbackFormErrors = {};
  const other: string[] = [];
  for (const [path, message] of Object.entries(errors)) {
    if (message === undefined) continue;
    const field = FIELD_BY_PATH[path];
    if (field === undefined) other.push(message);
    else byField[field] ??= message;
  }
  return { byField, other };
}
