import { describe, expect, it } from 'vitest';
import {
  confidentialClientPreviews,
  portfolioProjectPreviews,
  portfolioTestimonials,
  UNKNOWN_CLIENT,
} from '../../../../src/features/portfolio/portfolio-preview';
import { client, feedback, project } from '../records';

const northwind = client('northwind', { name: 'Northwind Analytics' });
const helix = client('helix', { name: 'Helix Biotech GmbH', confidential: true, publicAlias: 'A European biotech company' });
const clientsById = new Map([northwind, helix].map((c) => [c.id, c]));
const shown = { visible: true, summary: 'Built it', outcome: 'It worked', imageIds: [] };

describe('portfolioProjectPreviews', () => {
  const dashboard = project('dashboard', 'northwind', { name: 'Sales dashboard', startDate: '2025-09-01', endDate: '2025-11-30', portfolio: shown });
  const pipeline = project('pipeline', 'helix', { name: 'Assay pipeline', startDate: '2026-01-10', portfolio: shown });
  const hidden = project('hidden', 'northwind', { name: 'Internal tooling' });

  it('lists only visible projects, latest first', () => {
    const previews = portfolioProjectPreviews([dashboard, hidden, pipeline], clientsById);
    expect(previews.map((p) => p.project.name)).toEqual(['Assay pipeline', 'Sales dashboard']);
  });

  it('names a confidential client by its alias only', () => {
    const previews = portfolioProjectPreviews([pipeline, dashboard], clientsById);
    expect(previews.map((p) => [p.clientShownAs, p.clientConfidential])).toEqual([
      ['A European biotech company', true],
      ['Northwind Analytics', false],
    ]);
    expect(JSON.stringify(previews.map((p) => p.clientShownAs))).not.toContain('Helix');
  });

  it('says nothing about a client whose record is missing', () => {
    const orphan = project('orphan', 'gone', { portfolio: shown });
    expect(portfolioProjectPreviews([orphan], clientsById)[0]?.clientShownAs).toBe(UNKNOWN_CLIENT);
  });
});

describe('portfolioTestimonials', () => {
  const visible = portfolioProjectPreviews([project('p1', 'helix', { name: 'Assay pipeline', portfolio: shown })], clientsById);

  it('quotes only feedback allowed for quoting on shown projects, newest first', () => {
    const testimonials = portfolioTestimonials(
      [
        feedback('older', 'p1', 'helix', { date: '2026-01-20' }),
        feedback('private', 'p1', 'helix', { canQuote: false }),
        feedback('other-project', 'p2', 'northwind'),
        feedback('newer', 'p1', 'helix', { date: '2026-03-02' }),
      ],
      visible,
    );
    expect(testimonials.map((t) => t.feedback.id)).toEqual(['newer', 'older']);
    expect(testimonials[0]).toMatchObject({ projectName: 'Assay pipeline', clientShownAs: 'A European biotech company' });
  });
});

describe('confidentialClientPreviews', () => {
  it('previews each confidential client as real name → alias', () => {
    expect(confidentialClientPreviews([northwind, helix])).toEqual([{ id: 'helix', line: 'Helix Biotech GmbH → A European biotech company' }]);
  });
});
