import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clientPublicView, clientSecrets, revealsSecret, type ClientPublicView } from '../../../../src/domain/clients/client-public-view';
import type { Client, Feedback, Project } from '../../../../src/domain/model';
import { client, feedback, project } from '../../features/records';
import { stringsIn } from '../strings-in';

const PORTFOLIO = { visible: true, summary: 'Rebuilt the sample tracker.', outcome: 'Lab staff find samples in seconds.', imageIds: [] };

const helix = client('helix', {
  name: 'Helix Biotech GmbH',
  company: 'Helix Holding AG',
  email: 'procurement@helix-biotech.example',
  address: 'Im Neuenheimer Feld 582\n69120 Heidelberg',
  taxId: 'DE811204467',
  country: 'DE',
  industry: 'Biotechnology',
  confidential: true,
  publicAlias: 'A European biotech company',
});

/** Every string anywhere in the view, which is everything that could be shown or exported. */
describe('clientSecrets', () => {
  it('hides email, address (whole and by line) and tax id of everyone, and name and company of a confidential client', () => {
    expect(clientSecrets(helix)).toEqual([
      'procurement@helix-biotech.example',
      'DE811204467',
      'Im Neuenheimer Feld 582\n69120 Heidelberg',
      'Im Neuenheimer Feld 582',
      '69120 Heidelberg',
      'Helix Biotech GmbH',
      'Helix Holding AG',
    ]);
    expect(clientSecrets({ ...helix, confidential: false, address: undefined, taxId: '  ' })).toEqual(['procurement@helix-biotech.example']);
  });
});

describe('revealsSecret', () => {
  it('finds a secret whatever its case', () => {
    expect(revealsSecret('Built for HELIX BIOTECH GMBH in 2025', ['Helix Biotech GmbH'])).toBe(true);
    expect(revealsSecret('Built for a lab', ['Helix Biotech GmbH'])).toBe(false);
  });

  it('finds a secret written exactly even where lower-casing changes its letters', () => {
    expect(revealsSecret('ΟΔΟΣ', ['Σ'])).toBe(true);
  });
});

describe('clientPublicView', () => {
  const shown = project('lims', 'helix', { name: 'Lab inventory web app', skills: ['React', 'IndexedDB'], startDate: '2025-03-03', endDate: '2025-09-30', portfolio: { ...PORTFOLIO, link: 'https://example.com/lims' } });
  const hidden = project('internal', 'helix', { name: 'Assay portal', portfolio: { ...PORTFOLIO, visible: false } });
  const quotable = feedback('f1', 'lims', 'helix', { ratingTenths: 48, comment: 'Careful, fast and clear.', date: '2025-10-02' });
  const private_ = feedback('f2', 'lims', 'helix', { canQuote: false, comment: 'Internal note' });
  const onHidden = feedback('f3', 'internal', 'helix', { comment: 'On a hidden project' });

  it('shows a confidential client by its alias only, with its portfolio projects and quotable feedback', () => {
    expect(clientPublicView(helix, [shown, hidden], [quotable, private_, onHidden])).toEqual({
      confidential: true,
      shownAs: 'A European biotech company',
      company: undefined,
      industry: undefined,
      country: undefined,
      projects: [
        {
          name: 'Lab inventory web app',
          summary: 'Rebuilt the sample tracker.',
          outcome: 'Lab staff find samples in seconds.',
          link: 'https://example.com/lims',
          skills: ['React', 'IndexedDB'],
          startDate: '2025-03-03',
          endDate: '2025-09-30',
        },
      ],
      testimonials: [{ ratingTenths: 48, comment: 'Careful, fast and clear.', date: '2025-10-02', projectName: 'Lab inventory web app' }],
      withheldCount: 0,
    } satisfies ClientPublicView);
  });

  it('shows an ordinary client by name with company, industry and country, but never email, address or tax id', () => {
    const northwind = client('nw', { name: 'Northwind Analytics', company: 'Northwind GmbH', industry: 'Data', country: 'DE', email: 'a@nw.example', taxId: 'DE1' });
    const view = clientPublicView(northwind, [], []);
    expect(view).toMatchObject({ confidential: false, shownAs: 'Northwind Analytics', company: 'Northwind GmbH', industry: 'Data', country: 'DE' });
    expect(stringsIn(view).join('\n')).not.toMatch(/a@nw\.example|DE1\b/);
  });

  it('leaves out any text that names a confidential client and counts it', () => {
    const naming = project('p', 'helix', { name: 'Helix Biotech GmbH LIMS', skills: ['helix holding ag', 'Vue'], portfolio: { ...PORTFOLIO, summary: 'Wrote to procurement@helix-biotech.example daily.' } });
    const view = clientPublicView(helix, [naming], [feedback('f', 'p', 'helix', { comment: 'Signed, Helix Biotech GmbH' })]);
    expect(view.projects).toEqual([{ name: undefined, summary: undefined, outcome: PORTFOLIO.outcome, link: undefined, skills: ['Vue'], startDate: '2026-01-05', endDate: undefined }]);
    expect(view.testimonials).toEqual([{ ratingTenths: 50, comment: undefined, date: '2026-02-01', projectName: undefined }]);
    expect(view.withheldCount).toBe(4);
  });

  it('withholds even the alias when it would give the client away', () => {
    expect(clientPublicView({ ...helix, publicAlias: 'Helix Biotech GmbH (NDA)' }, [], []).shownAs).toBeUndefined();
  });

  it('leaves out other clients’ projects and deleted records', () => {
    const elsewhere = project('x', 'other', { portfolio: PORTFOLIO });
    const deleted = project('y', 'helix', { portfolio: PORTFOLIO, deletedAt: 1 });
    expect(clientPublicView(helix, [elsewhere, deleted], []).projects).toEqual([]);
  });

  const text = fc.string({ maxLength: 24 });
  const optionalText = fc.option(text, { nil: undefined });
  const day = fc.constantFrom('2024-02-29', '2025-03-03', '2026-12-31');
  const arbitraryClient: fc.Arbitrary<Client> = fc.record({
    name: text.filter((name) => name.trim() !== ''),
    company: optionalText,
    email: optionalText,
    address: optionalText,
    taxId: optionalText,
    country: optionalText,
    industry: optionalText,
    publicAlias: optionalText,
    notes: optionalText,
    tags: fc.array(text, { maxLength: 3 }),
  }).map((fields) => client('c', { ...fields, name: fields.name.trim(), confidential: true }));
  const arbitraryProjects: fc.Arbitrary<Project[]> = fc.array(
    fc.record({ id: fc.constantFrom('p1', 'p2', 'p3'), name: text, summary: text, outcome: text, link: optionalText, skills: fc.array(text, { maxLength: 3 }), visible: fc.boolean(), start: day, end: fc.option(day, { nil: undefined }) }),
    { maxLength: 3 },
  ).map((rows) =>
    rows.map((row) =>
      project(row.id, 'c', { name: row.name, skills: row.skills, startDate: row.start, endDate: row.end, portfolio: { visible: row.visible, summary: row.summary, outcome: row.outcome, link: row.link, imageIds: [] } }),
    ),
  );
  const arbitraryFeedback: fc.Arbitrary<Feedback[]> = fc.array(
    fc.record({ projectId: fc.constantFrom('p1', 'p2', 'p3'), comment: text, canQuote: fc.boolean(), date: day }),
    { maxLength: 4 },
  ).map((rows) => rows.map((row, index) => feedback(`f${index}`, row.projectId, 'c', row)));

  /**
   * Texts are drawn from the same small alphabet as the secrets, and often embed them on purpose, so the property
   * meets names inside summaries, aliases, skills and comments rather than only strings that never touch.
   */
  const embedding = fc.tuple(arbitraryClient, arbitraryProjects, arbitraryFeedback, fc.nat()).map(([confidentialClient, projects, items, seed]) => {
    const secrets = clientSecrets(confidentialClient);
    const pick = (index: number) => secrets[(seed + index) % Math.max(1, secrets.length)] ?? '';
    const salted = projects.map((p, index) => ({ ...p, portfolio: { ...p.portfolio, summary: `${p.portfolio.summary} ${pick(index)}` } }));
    const aliased = { ...confidentialClient, publicAlias: seed % 3 === 0 ? `${confidentialClient.publicAlias ?? ''}${pick(7)}` : confidentialClient.publicAlias };
    return { confidentialClient: aliased, projects: salted, items };
  });

  it('never contains the real name, company, email, address or tax id of a confidential client (property)', () => {
    fc.assert(
      fc.property(embedding, ({ confidentialClient, projects, items }) => {
        const shown = stringsIn(clientPublicView(confidentialClient, projects, items));
        const secrets = [confidentialClient.name, confidentialClient.company, confidentialClient.email, confidentialClient.taxId, confidentialClient.address, ...(confidentialClient.address ?? '').split('\n')]
          .map((secret) => secret?.trim() ?? '')
          .filter((secret) => secret !== '');
        for (const value of shown) {
          for (const secret of secrets) {
            expect(value.includes(secret), `${JSON.stringify(value)} contains ${JSON.stringify(secret)}`).toBe(false);
            expect(value.toLowerCase().includes(secret.toLowerCase())).toBe(false);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('keeps every portfolio text whose words are far from the client’s (property)', () => {
    const lower = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' '), minLength: 1, maxLength: 12 }).filter((value) => value.trim() !== '');
    const upper = fc.string({ unit: fc.constantFrom('X', 'Y', 'Z', '@', '.'), minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(upper, upper, lower, lower, (name, email, summary, alias) => {
        const view = clientPublicView(client('c', { name, email, confidential: true, publicAlias: alias }), [project('p', 'c', { name: summary, portfolio: { ...PORTFOLIO, summary, outcome: alias } })], []);
        expect(view.shownAs).toBe(alias);
        expect(view.projects[0]?.summary).toBe(summary);
        expect(view.withheldCount).toBe(0);
      }),
    );
  });
});
