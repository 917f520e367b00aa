import { describe, expect, it } from 'vitest';
import {
  blankFeedbackForm,
  feedbackFormErrors,
  feedbackFormFromFeedback,
  feedbackInputFromForm,
  followFeedbackForm,
  suggestedSource,
  type FeedbackFormValues,
} from '../../../../src/features/reputation/feedback/feedback-form-values';
import { client, feedback, project } from '../records';

const upworkClient = client('up', { platform: 'upwork' });
const directClient = client('direct', { platform: 'direct' });
const toptalClient = client('top', { platform: 'toptal' });
const onUpwork = project('p-up', 'up');
const direct = project('p-direct', 'direct');
const clientsById = new Map([upworkClient, directClient, toptalClient].map((each) => [each.id, each]));
const projectsById = new Map([onUpwork, direct].map((each) => [each.id, each]));

/** The form read as the page reads it: the client is the chosen project's. */
function read(values: FeedbackFormValues, locale = 'en-GB') {
  return feedbackInputFromForm(values, { locale, clientId: projectsById.get(values.projectId)?.clientId ?? '' });
}

const valid: FeedbackFormValues = { ...blankFeedbackForm(onUpwork, clientsById, '2026-03-09'), rating: '4.5', comment: ' Great work. ' };

describe('blankFeedbackForm and suggestedSource', () => {
  it('starts today, on the given project, with the source its client’s platform suggests', () => {
    expect(blankFeedbackForm(onUpwork, clientsById, '2026-03-09')).toMatchObject({ projectId: 'p-up', date: '2026-03-09', rating: '', source: 'upwork', canQuote: false, privateNote: '' });
    expect(blankFeedbackForm(undefined, clientsById, '2026-03-09')).toMatchObject({ projectId: '', source: 'direct' });
  });

  it('suggests the marketplace’s own source, direct work as direct, and other platforms as other', () => {
    expect([upworkClient, directClient, toptalClient, undefined].map(suggestedSource)).toEqual(['upwork', 'direct', 'other', 'direct']);
  });
});

describe('followFeedbackForm', () => {
  it('moves a suggested source with the project’s client, and keeps one the user chose', () => {
    expect(followFeedbackForm({ ...valid, projectId: 'p-direct' }, 'projectId', valid, { projectsById, clientsById }).source).toBe('direct');
    const chosen = { ...valid, source: 'email' as const };
    expect(followFeedbackForm({ ...chosen, projectId: 'p-direct' }, 'projectId', chosen, { projectsById, clientsById }).source).toBe('email');
  });
});

describe('feedbackInputFromForm', () => {
  it('reads the rating and sub-scores in tenths of a star, in the locale’s decimal sign, and leaves empty sub-scores out', () => {
    const { input, readErrors } = read({ ...valid, rating: '4,7', quality: '5', deadlines: ' 4,5 ', privateNote: '  Paid late twice. ' }, 'de-DE');
    expect(readErrors).toEqual({});
    expect(input).toEqual({
      projectId: 'p-up',
      clientId: 'up',
      date: '2026-03-09',
      ratingTenths: 47,
      subScores: { quality: 50, deadlines: 45 },
      comment: 'Great work.',
      canQuote: false,
      source: 'upwork',
      privateNote: 'Paid late twice.',
    });
  });

  it('refuses a rating outside 1.0–5.0 with a message naming the field', () => {
    for (const rating of ['0', '6', '0.9', '5.1', '-4']) {
      expect(read({ ...valid, rating }, 'en-GB').readErrors).toEqual({ rating: 'Overall rating must be between 1.0 and 5.0 stars' });
    }
    expect(read({ ...valid, communication: '0' }, 'en-GB').readErrors).toEqual({ communication: 'Communication must be between 1.0 and 5.0 stars' });
    expect(read({ ...valid, rating: '6' }, 'de-DE').readErrors).toEqual({ rating: 'Overall rating must be between 1,0 and 5,0 stars' });
  });

  it('asks for the overall rating, a number of stars, and no finer than tenths', () => {
    expect(read({ ...valid, rating: ' ' }, 'en-GB').readErrors).toEqual({ rating: 'Enter the overall rating, from 1.0 to 5.0 stars' });
    expect(read({ ...valid, rating: 'five' }, 'en-GB').readErrors).toEqual({ rating: 'Enter the overall rating as a number of stars, such as 4.5' });
    expect(read({ ...valid, skills: '4.75' }, 'en-GB').readErrors).toEqual({ skills: 'Skills is rated in halves or tenths of a star, such as 4.5 or 4.7' });
  });

  it('asks for the project and the date', () => {
    expect(read({ ...valid, projectId: '', date: '' }, 'en-GB').readErrors).toEqual({
      projectId: 'Choose the project the feedback is about',
      date: 'Choose the day the client gave the feedback',
    });
  });
});

describe('feedbackFormFromFeedback', () => {
  it('writes a stored record back as the form shows it, and reads back the same', () => {
    const stored = feedback('f1', 'p-up', 'up', { ratingTenths: 45, subScores: { skills: 50, cooperation: 41 }, privateNote: 'Slow to pay', source: 'upwork' });
    const values = feedbackFormFromFeedback(stored, 'de-DE');
    expect(values).toMatchObject({ rating: '4,5', skills: '5,0', cooperation: '4,1', quality: '', privateNote: 'Slow to pay' });
    const { input } = read(values, 'de-DE');
    expect(input).toMatchObject({ ratingTenths: 45, subScores: { skills: 50, cooperation: 41 }, privateNote: 'Slow to pay' });
  });
});

describe('feedbackFormErrors', () => {
  it('puts each repository message under its input and the rest apart', () => {
    expect(feedbackFormErrors({ ratingTenths: 'At most 5.0', 'subScores.quality': 'At least 1.0', projectId: 'No such project', id: 'No such feedback' })).toEqual({
      byField: { rating: 'At most 5.0', quality: 'At least 1.0', projectId: 'No such project' },
      other: ['No such feedback'],
    });
  });
});
