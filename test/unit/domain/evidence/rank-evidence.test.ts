import { describe, expect, it } from 'vitest';
import { buildEvidenceItems } from '../../../../src/domain/evidence/evidence-items';
import { EvidenceIndex, type EvidenceLimits } from '../../../../src/domain/evidence/rank-evidence';

function rankEvidence(items: ConstructorParameters<typeof EvidenceIndex>[0], jobPost: string, limits?: EvidenceLimits) {
  return new EvidenceIndex(items).rank(jobPost, limits);
}
import { client, project } from '../../features/records';
import { INVENTORY_POST, smallHistory } from './evidence-corpus';

const ids = (ranked: readonly { item: { id: string } }[]) => ranked.map((entry) => entry.item.id);

describe('EvidenceIndex.rank on a small history', () => {
  const items = buildEvidenceItems(smallHistory());
  const ranking = rankEvidence(items, INVENTORY_POST);

  it('puts the project that shares the most specific terms first', () => {
    // The lab inventory app shares react, inventory and postgresql (its description's barcode scanning is private and
    // not searched); the dashboard only react and dashboard; the catalogue nothing; the cancelled project is never cited.
    expect(ids(ranking.projects)).toEqual(['project:pB', 'project:pA']);
    expect(ranking.projects[0]?.matchedTerms).toEqual(['inventory', 'postgresql', 'react']);
    expect(ranking.projects[1]?.matchedTerms).toEqual(['dashboard', 'react']);
    expect(ranking.projects[0]?.score).toBeGreaterThan(ranking.projects[1]?.score ?? Infinity);
  });

  it('offers only quotable reviews that match', () => {
    expect(ids(ranking.testimonials)).toEqual(['testimonial:f1']);
  });

  it('offers skills the post names in full, the rarer one first', () => {
    // PostgreSQL is in fewer documents than React, so BM25 weighs it more; Node.js is not named by the post.
    expect(ranking.skills.map((entry) => entry.item.title)).toEqual(['PostgreSQL', 'React']);
  });

  it('gives the same order however the history is listed', () => {
    const reversed = buildEvidenceItems({ ...smallHistory(), projects: [...smallHistory().projects].reverse() });
    expect(rankEvidence(reversed, INVENTORY_POST)).toEqual(ranking);
  });

  it('matches nothing for an empty post or one of stop words only', () => {
    const index = new EvidenceIndex(items);
    expect(index.rank('')).toEqual({ projects: [], testimonials: [], skills: [] });
    expect(index.rank('We are looking for someone with the experience')).toEqual({ projects: [], testimonials: [], skills: [] });
  });

  it('shows the words as the post wrote them, not their reduced forms', () => {
    const fixes = rankEvidence(items, 'Dashboards need fixes');
    expect(fixes.projects[0]?.matchedTerms).toEqual(['dashboards']);
  });

  it('respects the limits per kind', () => {
    const limited = rankEvidence(items, INVENTORY_POST, { projects: 1, testimonials: 0, skills: 1 });
    expect(ids(limited.projects)).toEqual(['project:pB']);
    expect(limited.testimonials).toEqual([]);
    expect(limited.skills.map((entry) => entry.item.title)).toEqual(['PostgreSQL']);
  });
});

describe('EvidenceIndex.rank ties', () => {
  it('breaks equal scores by id, not by the order of the input', () => {
    const twin = (id: string) => project(id, 'c1', { name: 'Shopify speed-up', skills: ['Shopify'] });
    const sources = (order: string[]) => ({ clients: [client('c1')], projects: order.map(twin), feedback: [], trackedMs: new Map<string, number>() });
    const forwards = rankEvidence(buildEvidenceItems(sources(['p2', 'p1', 'p3'])), 'Shopify store speed');
    const backwards = rankEvidence(buildEvidenceItems(sources(['p3', 'p1', 'p2'])), 'Shopify store speed');
    expect(ids(forwards.projects)).toEqual(['project:p1', 'project:p2', 'project:p3']);
    expect(ids(backwards.projects)).toEqual(ids(forwards.projects));
    expect(forwards.projects[0]?.score).toBe(forwards.projects[2]?.score);
  });
});
