import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildEvidenceItems, trackedMsByProject, type EvidenceItem } from '../../../../src/domain/evidence/evidence-items';
import { client, feedback, project } from '../../features/records';
import { evidenceText } from '../../../../src/domain/evidence/evidence-text';
import { insertableEvidence } from '../../../../src/domain/evidence/insertable-evidence';
import { smallHistory } from './evidence-corpus';
import { stringsIn } from '../strings-in';

const HOUR = 3_600_000;

function find(items: readonly EvidenceItem[], id: string): EvidenceItem {
  const item = items.find((candidate) => candidate.id === id);
  if (item === undefined) throw new Error(`No evidence item ${id}`);
  return item;
}

describe('buildEvidenceItems', () => {
  const items = buildEvidenceItems(smallHistory());

  it('cites live, uncancelled projects with their hours, rating and dates', () => {
    expect(items.filter((item) => item.kind === 'project').map((item) => item.id)).toEqual(['project:pA', 'project:pB', 'project:pC']);
    expect(find(items, 'project:pA')).toMatchObject({
      title: 'Analytics dashboard',
      clientName: 'Northwind Analytics',
      trackedMs: 120 * HOUR,
      ratingTenths: 50,
      ratingCount: 1,
      from: '2025-01-06',
      to: '2025-06-30',
    });
  });

  it('names a confidential client by its alias and removes its real name from the texts taken over', () => {
    const lab = find(items, 'project:pB');
    expect(lab).toMatchObject({ clientName: 'A European biotech company', confidential: true, to: undefined });
    expect(lab.kind === 'project' && lab.summary).toBe('Inventory system A European biotech company uses to find and reorder reagents');
    expect(JSON.stringify(items)).not.toMatch(/helix/i);
  });

  it("never takes a project's private description, neither as its summary nor as words to match a post", () => {
    const history = smallHistory();
    const note = 'PRIVATE: client pays late, call his mobile 0171 1234567';
    const projects = history.projects.map((candidate) =>
      candidate.id === 'pC' ? { ...candidate, description: note, portfolio: { ...candidate.portfolio, summary: '' } } : candidate,
    );
    const withNote = buildEvidenceItems({ ...history, projects });
    const catalogue = find(withNote, 'project:pC');
    expect(catalogue.kind === 'project' && catalogue.summary).toBe('');
    expect(JSON.stringify(withNote)).not.toMatch(/0171|pays late|mobile/i);
    expect(JSON.stringify(items)).not.toMatch(/barcode|freezer/i);
  });

  it('replaces a name once: an alias holding a short form of the name is not replaced again in titles and skills', () => {
    const history = smallHistory();
    const clients = history.clients.map((candidate) => (candidate.id === 'c2' ? { ...candidate, publicAlias: 'Our Helix Biotech partner' } : candidate));
    const projects = history.projects.map((candidate) => (candidate.id === 'pB' ? { ...candidate, skills: ['Helix Biotech LIMS'] } : candidate));
    const feedback = history.feedback.map((review) => (review.id === 'f2' ? { ...review, canQuote: true, comment: 'Reliable work.' } : review));
    const items = buildEvidenceItems({ ...history, clients, projects, feedback });
    expect(find(items, 'testimonial:f2').title).toBe('Our Helix Biotech partner on Lab inventory app');
    expect(find(items, 'skill:our helix biotech partner lims').title).toBe('Our Helix Biotech partner LIMS');
  });

  it('names a client whose name ends in a full stop by its alias when a summary writes the name without the stop', () => {
    const history = smallHistory();
    const clients = history.clients.map((candidate) => (candidate.id === 'c2' ? { ...candidate, name: 'Studio K.', publicAlias: 'A design studio' } : candidate));
    const projects = history.projects.map((candidate) =>
      candidate.id === 'pB' ? { ...candidate, portfolio: { ...candidate.portfolio, summary: 'Rebuilt the booking pages of Studio K', outcome: '' } } : candidate,
    );
    const lab = find(buildEvidenceItems({ ...history, clients, projects }), 'project:pB');
    expect(evidenceText(lab, 'en-GB')).toBe('Lab inventory app for A design studio (since Mar 2025, 80 hours, rated 4.8/5): Rebuilt the booking pages of A design studio.');
  });

  it('turns only quotable reviews into testimonials', () => {
    expect(items.filter((item) => item.kind === 'testimonial').map((item) => item.id)).toEqual(['testimonial:f1', 'testimonial:f3']);
    expect(find(items, 'testimonial:f3')).toMatchObject({
      title: 'Bramble & Finch Ltd on Catalogue redesign',
      quote: 'Beautiful catalogue design.',
      ratingTenths: 46,
      from: '2025-01-10',
      trackedMs: 40 * HOUR,
    });
  });

  it('sums a skill over its projects: hours, mean rating, first start and last end', () => {
    const react = find(items, 'skill:react');
    expect(react).toMatchObject({ title: 'React', trackedMs: 200 * HOUR, ratingTenths: 49, ratingCount: 2, from: '2025-01-06', to: undefined });
    expect(react.kind === 'skill' && react.projectCount).toBe(2);
    expect(find(items, 'skill:figma')).toMatchObject({ trackedMs: 40 * HOUR, ratingTenths: 46, from: '2024-10-07', to: '2024-12-20' });
  });
});

describe('trackedMsByProject', () => {
  it('sums finished, live entries per project', () => {
    const totals = trackedMsByProject([
      { projectId: 'p1', start: 0, end: 2 * HOUR },
      { projectId: 'p1', start: 5 * HOUR, end: 6 * HOUR },
      { projectId: 'p1', start: 7 * HOUR, end: null },
      { projectId: 'p2', start: 0, end: HOUR, deletedAt: 1 },
      { projectId: 'p3', start: 0, end: HOUR / 2 },
    ]);
    expect([...totals]).toEqual([
      ['p1', 3 * HOUR],
      ['p3', HOUR / 2],
    ]);
  });
});

describe('evidence from a confidential client (property)', () => {
  // Names drawn with accents and from a small alphabet, so texts often hold them inside other words.
  const letters = fc.constantFrom('a', 'b', 'é', 'Ü', 'ß', 'K', ' ', '.', '@');
  const word = fc.string({ unit: letters, minLength: 3, maxLength: 12 }).filter((value) => value.trim().length >= 3);
  const text = fc.string({ unit: letters, maxLength: 24 });
  const confidentialClient = fc
    .record({ name: word, company: fc.option(word, { nil: undefined }), email: fc.option(word, { nil: undefined }), taxId: fc.option(word, { nil: undefined }), publicAlias: fc.option(text, { nil: undefined }) })
    .map((fields) => client('c', { ...fields, name: fields.name.trim(), confidential: true }));
  const history = fc.tuple(confidentialClient, fc.array(fc.tuple(text, text, text, text, text, fc.boolean()), { minLength: 1, maxLength: 3 }), fc.nat()).map(([nda, rows, seed]) => {
    const secrets = [nda.name, nda.company, nda.email, nda.taxId].flatMap((secret) => (secret === undefined || secret.trim() === '' ? [] : [secret.trim()]));
    const pick = (index: number) => secrets[(seed + index) % secrets.length] ?? '';
    const projects = rows.map(([name, summary, outcome, skill], index) =>
      project(`p${index}`, 'c', { name: `${name}${pick(index)}`, skills: [`${skill} ${pick(index + 1)}`], portfolio: { visible: true, summary: `${summary} ${pick(index + 2)}`, outcome: `${pick(index + 3).toUpperCase()} ${outcome}`, imageIds: [] } }),
    );
    const reviews = rows.map(([, , , , comment, canQuote], index) => feedback(`f${index}`, `p${index}`, 'c', { comment: `${comment}${pick(index + 4)}`, canQuote }));
    return { nda, secrets, sources: { clients: [nda], projects, feedback: reviews, trackedMs: new Map<string, number>() } };
  });

  it('never holds the name, company, email or tax id of a confidential client in anything a proposal can insert', () => {
    fc.assert(
      fc.property(history, ({ secrets, sources }) => {
        for (const value of stringsIn(buildEvidenceItems(sources))) {
          for (const secret of secrets) {
            expect(value.toLowerCase().includes(secret.toLowerCase()), `${JSON.stringify(value)} holds ${JSON.stringify(secret)}`).toBe(false);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  // Writing texts per locale is slower than building items; a thousand runs are what find a joined secret reliably.
  it('never holds them in the text Insert puts into a cover letter, where parts are joined with words and stops', () => {
    fc.assert(
      fc.property(history, fc.constantFrom('en-GB', 'de-DE', 'fr-FR'), ({ secrets, sources }, locale) => {
        const holdsSecret = (text: string) => secrets.some((secret) => text.toLowerCase().includes(secret.toLowerCase()));
        const offered = insertableEvidence(sources, locale);
        for (const item of offered) {
          const inserted = evidenceText(item, locale);
          expect(holdsSecret(inserted), `${JSON.stringify(inserted)} holds one of ${JSON.stringify(secrets)}`).toBe(false);
        }
        // Only what would give a client away is held back: every other item is still offered.
        const offeredIds = new Set(offered.map((item) => item.id));
        for (const item of buildEvidenceItems(sources)) {
          if (!offeredIds.has(item.id)) expect(holdsSecret(evidenceText(item, locale)), `${item.id} was held back without cause`).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  }, 60_000);
});
