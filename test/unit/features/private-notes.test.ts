import { describe, expect, it } from 'vitest';
import { clientPublicView } from '../../../src/domain/clients/client-public-view';
import { buildEvidenceItems } from '../../../src/domain/evidence/evidence-items';
import { portfolioProjectPreviews, portfolioTestimonials } from '../../../src/features/portfolio/portfolio-preview';
import { stringsIn } from '../domain/strings-in';
import { client, feedback, project } from './records';

/** Written for the freelancer alone (DESIGN.md, "Private stays private"): it must reach nothing meant for others. */
const NOTE = 'Paid three weeks late; ask for a deposit next time';

const clients = [client('nw', { name: 'Northwind Analytics' }), client('helix', { name: 'Helix Biotech GmbH', confidential: true, publicAlias: 'A European biotech company' })];
const shown = { visible: true, summary: 'Built the dashboards', outcome: 'Faster reports', imageIds: [] };
const projects = [project('p1', 'nw', { name: 'Sales dashboard', skills: ['React'], portfolio: shown }), project('p2', 'helix', { name: 'Assay pipeline', skills: ['Python'], portfolio: shown })];
const reviews = [
  feedback('quotable', 'p1', 'nw', { comment: 'Great work, on time.', canQuote: true, privateNote: NOTE }),
  feedback('not-quotable', 'p1', 'nw', { comment: 'Solid.', canQuote: false, privateNote: NOTE }),
  feedback('confidential', 'p2', 'helix', { comment: 'Careful and thorough.', canQuote: true, privateNote: NOTE }),
];

function leaks(value: unknown): string[] {
  return stringsIn(value).filter((text) => text.includes(NOTE));
}

describe('a feedback’s private note', () => {
  it('is in none of the evidence a proposal can cite', () => {
    const items = buildEvidenceItems({ projects, clients, feedback: reviews, trackedMs: new Map() });
    expect(items.some((item) => item.kind === 'testimonial')).toBe(true);
    expect(leaks(items)).toEqual([]);
  });

  it('is in none of the portfolio’s projects or testimonials', () => {
    const previews = portfolioProjectPreviews(projects, new Map(clients.map((each) => [each.id, each])));
    const testimonials = portfolioTestimonials(reviews, previews);
    expect(testimonials).toHaveLength(2);
    expect(leaks(previews)).toEqual([]);
    expect(leaks(testimonials)).toEqual([]);
  });

  it('is in no client’s public view', () => {
    for (const each of clients) {
      const view = clientPublicView(each, projects, reviews);
      expect(view.testimonials).toHaveLength(1);
      expect(leaks(view)).toEqual([]);
    }
  });
});
