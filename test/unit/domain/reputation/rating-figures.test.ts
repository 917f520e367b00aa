import { describe, expect, it } from 'vitest';
import { ratingFigures, starBand } from '../../../../src/domain/reputation/rating-figures';
import { client, feedback, project } from '../../features/records';

const window = { from: '2026-01-01', to: '2026-03-31' };
const clients = [client('c1', { name: 'Acme' }), client('c2', { name: 'Helix Biotech', confidential: true, publicAlias: 'A European biotech company' })];
const projects = [project('p1', 'c1', { name: 'Shop' }), project('p2', 'c2', { name: 'Helix Biotech LIMS' }), project('p3', 'c1', { name: 'Docs' })];

function figuresOf(items: ReturnType<typeof feedback>[], earned: Record<string, number> = {}) {
  return ratingFigures({ clients, projects, feedback: items }, window, new Map(Object.entries(earned).map(([id, earnedBaseMinor]) => [id, { earnedBaseMinor }])));
}

describe('ratingFigures: averages', () => {
  it('averages the ratings dated in the window, ends included, and lists each feedback behind it', () => {
    // In the window: 50 (Jan 1), 40 (Mar 31), 45 (Feb 10) → (50 + 40 + 45) ÷ 3 = 45 tenths. Dec 31 and Apr 1 are out.
    const figures = figuresOf([
      feedback('f1', 'p1', 'c1', { date: '2026-01-01', ratingTenths: 50 }),
      feedback('f2', 'p1', 'c1', { date: '2026-03-31', ratingTenths: 40 }),
      feedback('f3', 'p2', 'c2', { date: '2026-02-10', ratingTenths: 45 }),
      feedback('out1', 'p1', 'c1', { date: '2025-12-31', ratingTenths: 10 }),
      feedback('out2', 'p1', 'c1', { date: '2026-04-01', ratingTenths: 10 }),
    ]);
    expect(figures.average.value).toBe(45);
    expect(figures.average.formula).toBe('Sum of ratings ÷ number of reviews, rounded to a tenth of a star');
    expect(figures.average.records.map((record) => record.id)).toEqual(['f1', 'f3', 'f2']);
  });

  it('leaves deleted feedback out', () => {
    // Only f1 is live: 30 ÷ 1 = 30.
    const figures = figuresOf([feedback('f1', 'p1', 'c1', { ratingTenths: 30 }), feedback('gone', 'p1', 'c1', { ratingTenths: 50, deletedAt: 1 })]);
    expect(figures.average.value).toBe(30);
    expect(figures.average.records.map((record) => record.id)).toEqual(['f1']);
  });

  it('labels a confidential client’s feedback by its alias, in the project name too', () => {
    const figures = figuresOf([feedback('f3', 'p2', 'c2', { date: '2026-02-10' })]);
    expect(figures.average.records).toEqual([
      { kind: 'feedback', id: 'f3', label: 'A European biotech company LIMS · A European biotech company', date: '2026-02-10' },
    ]);
  });

  it('weighs each feedback by its project’s earnings, and says a project without earnings weighs nothing', () => {
    // p1 earned 300.00, p2 earned 100.00, p3 nothing:
    // (50 × 30000 + 30 × 10000 + 20 × 0) ÷ (30000 + 10000) = (1,500,000 + 300,000) ÷ 40,000 = 45 tenths.
    // The simple average is (50 + 30 + 20) ÷ 3 = 33.33 → 33.
    const figures = figuresOf(
      [feedback('f1', 'p1', 'c1', { ratingTenths: 50 }), feedback('f2', 'p2', 'c2', { ratingTenths: 30 }), feedback('f3', 'p3', 'c1', { ratingTenths: 20 })],
      { p1: 30_000, p2: 10_000 },
    );
    expect(figures.average.value).toBe(33);
    expect(figures.weighted.value).toBe(45);
    expect(figures.weighted.records.map((record) => [record.id, record.note])).toEqual([
      ['f1', undefined],
      ['f2', undefined],
      ['f3', 'No earnings recorded on its project: weighs nothing'],
    ]);
  });

  it('rounds the weighted average half up to a tenth', () => {
    // (50 × 1 + 40 × 1) ÷ 2 = 45; (50 × 3 + 45 × 1) ÷ 4 = 195 ÷ 4 = 48.75 → 49.
    expect(figuresOf([feedback('f1', 'p1', 'c1', { ratingTenths: 50 }), feedback('f2', 'p2', 'c2', { ratingTenths: 45 })], { p1: 3, p2: 1 }).weighted.value).toBe(49);
  });

  it('has no weighted average when no feedback is on a project with earnings', () => {
    const figures = figuresOf([feedback('f1', 'p1', 'c1', { ratingTenths: 50 })], { p1: 0 });
    expect(figures.weighted.value).toBeUndefined();
    expect(figures.weighted.missing).toBe('No feedback in this window is on a project with earnings recorded');
    expect(figures.average.value).toBe(50);
  });

  it('averages each sub-score over the reviews that give it', () => {
    // Skills: (50 + 40) ÷ 2 = 45; quality: 30 ÷ 1 = 30; the other four are given by no review.
    const figures = figuresOf([
      feedback('f1', 'p1', 'c1', { subScores: { skills: 50, quality: 30 } }),
      feedback('f2', 'p1', 'c1', { subScores: { skills: 40 } }),
      feedback('f3', 'p1', 'c1', { subScores: {} }),
    ]);
    const byKey = new Map(figures.subScores.map((score) => [score.key, score]));
    expect(figures.subScores.map((score) => score.label)).toEqual(['Skills', 'Quality', 'Availability', 'Deadlines', 'Communication', 'Cooperation']);
    expect(byKey.get('skills')?.figure.value).toBe(45);
    expect(byKey.get('skills')?.figure.records.map((record) => record.id)).toEqual(['f1', 'f2']);
    expect(byKey.get('quality')?.figure.value).toBe(30);
    expect(byKey.get('deadlines')?.figure).toMatchObject({ value: undefined, missing: 'No feedback in this window rates deadlines', records: [] });
  });
});

describe('ratingFigures: distribution', () => {
  it('puts a half star and more in the band above', () => {
    // 10–14 → 1, 15–24 → 2, 25–34 → 3, 35–44 → 4, 45–50 → 5.
    expect([10, 14, 15, 24, 25, 34, 35, 44, 45, 50].map(starBand)).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
  });

  it('counts the reviews per band, five stars first, and notes a rating that was rounded', () => {
    // 50, 45 → 5 stars (2); 40 → 4 (1); 15 → 2 (1); nothing at 3 or 1.
    const figures = figuresOf([
      feedback('f1', 'p1', 'c1', { ratingTenths: 50 }),
      feedback('f2', 'p1', 'c1', { ratingTenths: 45 }),
      feedback('f3', 'p1', 'c1', { ratingTenths: 40 }),
      feedback('f4', 'p1', 'c1', { ratingTenths: 15 }),
    ]);
    expect(figures.distribution.value).toEqual([
      { stars: 5, count: 2 },
      { stars: 4, count: 1 },
      { stars: 3, count: 0 },
      { stars: 2, count: 1 },
      { stars: 1, count: 0 },
    ]);
    expect(figures.distribution.records.map((record) => record.note)).toEqual([undefined, 'Counts in the 5-star band', undefined, 'Counts in the 2-star band']);
  });
});

describe('ratingFigures: an empty window', () => {
  it('shows no figure and says that no feedback is dated in the window', () => {
    const figures = figuresOf([feedback('out', 'p1', 'c1', { date: '2025-06-01' })], { p1: 10_000 });
    for (const shown of [figures.average, figures.weighted, figures.distribution, ...figures.subScores.map((score) => score.figure)]) {
      expect(shown).toMatchObject({ value: undefined, missing: 'No feedback dated in this window', records: [] });
    }
  });
});
