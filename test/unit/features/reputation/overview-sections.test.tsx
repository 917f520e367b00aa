import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { machineDefaultSettings } from '../../../../src/db/repositories/settings';
import type { Settings } from '../../../../src/domain/model';
import { figure } from '../../../../src/domain/reputation/figure';
import { ratingFigures } from '../../../../src/domain/reputation/rating-figures';
import { contractTotals } from '../../../../src/domain/reputation/reputation-contracts';
import { relationshipFigures } from '../../../../src/domain/reputation/relationship-figures';
import { skillsWithEvidence } from '../../../../src/domain/reputation/skills-evidence';
import { FigureRecordList } from '../../../../src/features/reputation/overview/FigureExplanation';
import { RatingsSection } from '../../../../src/features/reputation/overview/RatingsSection';
import { RelationshipsSection } from '../../../../src/features/reputation/overview/RelationshipsSection';
import { SkillsSection } from '../../../../src/features/reputation/overview/SkillsSection';
import { SettingsContext } from '../../../../src/shared/settings-context';
import { client, feedback, project } from '../records';

const window = { from: '2026-01-01', to: '2026-03-31' };
const settings: Settings = { ...machineDefaultSettings(), locale: 'en-GB', id: 'settings', createdAt: 1, updatedAt: 1 };

function render(node: ReactNode): string {
  return renderToStaticMarkup(
    <SettingsContext.Provider value={settings}>
      <MemoryRouter>{node}</MemoryRouter>
    </SettingsContext.Provider>,
  );
}

function text(markup: string): string {
  return markup.replace(/<[^>]+>/g, '');
}

const none = { clients: [], projects: [], feedback: [], proposals: [], settlements: [], credentials: [] };
const clients = [client('c1', { name: 'Acme' }), client('c2', { name: 'Helix Biotech', confidential: true, publicAlias: 'A European biotech company' })];
const projects = [
  project('p1', 'c1', { name: 'Shop', startDate: '2025-10-01', endDate: '2026-02-01', dueDate: '2026-02-10', status: 'completed', skills: ['TypeScript'] }),
  project('p2', 'c1', { name: 'Docs', startDate: '2026-02-15', skills: ['Writing'] }),
  project('p3', 'c2', { name: 'LIMS', startDate: '2026-01-05', endDate: '2026-03-01', dueDate: '2026-02-20', status: 'completed', skills: ['TypeScript'] }),
];
const items = [feedback('f1', 'p1', 'c1', { ratingTenths: 50, date: '2026-02-03' }), feedback('f2', 'p3', 'c2', { ratingTenths: 40, date: '2026-03-02' })];

describe('RatingsSection', () => {
  it('says what is missing in an empty window instead of showing a number', () => {
    const markup = render(<RatingsSection figures={ratingFigures(none, window, new Map())} />);
    expect(markup).toMatch(/<h2 id="[^"]+">Ratings<\/h2>/);
    expect(text(markup).match(/No feedback dated in this window/g)).toHaveLength(9);
    expect(markup).not.toContain('out of 5');
    expect(markup).not.toContain('role="img"');
  });

  it('shows the averages as stars, each explained by its formula, and the distribution as a described chart', () => {
    // (50 + 40) ÷ 2 = 45; weighted by 300 and 100: (50 × 300 + 40 × 100) ÷ 400 = 47.5 → 48.
    const markup = render(<RatingsSection figures={ratingFigures({ clients, projects, feedback: items }, window, new Map([['p1', { earnedBaseMinor: 300 }], ['p3', { earnedBaseMinor: 100 }]]))} />);
    expect(markup).toContain('aria-label="4.5 out of 5"');
    expect(markup).toContain('aria-label="4.8 out of 5"');
    expect(text(markup)).toContain('How is this computed? (Average rating)Sum of ratings ÷ number of reviews, rounded to a tenth of a star');
    expect(markup).toContain('aria-label="Reviews by star band. 5 stars: 1, 4 stars: 1, 3 stars: 0, 2 stars: 0, 1 star: 0."');
  });
});

describe('RelationshipsSection', () => {
  it('says what is missing for each rate in an empty window', () => {
    const markup = render(<RelationshipsSection figures={relationshipFigures(none, window, { totals: new Map(), timeZone: 'UTC' })} />);
    expect(markup).toMatch(/<h2 id="[^"]+">Clients and delivery<\/h2>/);
    for (const missing of [
      'No contract ran in this window',
      'No completed project with a due date ended in this window',
      'No contract ended in this window',
      'No proposal was won or lost in this window',
      'No proposal was sent in this window',
      'No invoice was paid in full in this window',
    ]) {
      expect(text(markup)).toContain(missing);
    }
    expect(markup).not.toContain('%');
  });

  it('shows each rate as a percentage with what it counts, in a card named by the figure', () => {
    // On time: p1 (ended Feb 1, due Feb 10) yes, p3 (ended Mar 1, due Feb 20) no → 1 of 2 = 50 %.
    const markup = render(<RelationshipsSection figures={relationshipFigures({ ...none, clients, projects, feedback: items }, window, { totals: new Map(), timeZone: 'UTC' })} />);
    expect(text(markup)).toMatch(/On-time delivery50%1 of 2 projects finished by the due dateHow is this computed\? \(On-time delivery\)/);
  });
});

describe('FigureRecordList', () => {
  it('links each record to its page, with its day and what it adds', () => {
    const shown = figure(1, [{ kind: 'project', id: 'p3', label: 'LIMS · A European biotech company', date: '2026-03-01', note: '9 days late' }], 'f', 'm');
    const markup = render(<FigureRecordList records={shown.records} />);
    expect(markup).toContain('<a href="/projects/p3" data-discover="true">LIMS · A European biotech company</a>');
    expect(text(markup)).toContain('1 record behind it:LIMS · A European biotech company · 1 Mar 2026 · 9 days late');
  });

  it('names each record’s kind when the list holds several kinds', () => {
    const records = [
      { kind: 'project' as const, id: 'p1', label: 'Shop · Acme' },
      { kind: 'feedback' as const, id: 'f1', label: 'Shop · Acme', date: '2026-02-03' },
    ];
    expect(text(render(<FigureRecordList records={records} />))).toContain('Project: Shop · AcmeFeedback: Shop · Acme · 3 Feb 2026');
    expect(text(render(<FigureRecordList records={records.slice(0, 1)} />))).not.toContain('Project:');
  });

  it('shows the first twenty of a long list and offers the rest', () => {
    const records = Array.from({ length: 25 }, (_, index) => ({ kind: 'feedback' as const, id: `f${index}`, label: `Review ${index}` }));
    const markup = render(<FigureRecordList records={records} />);
    expect(markup.match(/<li>/g)).toHaveLength(20);
    expect(text(markup)).toContain('Show all 25 records');
  });
});

describe('SkillsSection', () => {
  it('says what is missing when no skill is named in the window', () => {
    const skills = skillsWithEvidence({ ...none, clients, projects }, { from: '2020-01-01', to: '2020-12-31' }, contractTotals([]));
    const markup = render(<SkillsSection skills={skills} baseCurrency="EUR" />);
    expect(markup).toMatch(/<h2 id="[^"]+">Skills with evidence<\/h2>/);
    expect(text(markup)).toContain('No project running in this window and no credential valid in it names a skill');
    expect(markup).not.toContain('<table');
  });

  it('is a table named Skills, sorted by hours at first, with a sort button in each figure’s header', () => {
    // TypeScript: p1 (2 h, 300.00) + p3 (1 h) = 3 h; Writing: p2, nothing tracked.
    const totals = contractTotals([
      { projectId: 'p1', months: { '2026-01': { trackedMs: 2 * 3_600_000, billableMs: 0, earnedBaseMinor: 30_000 } } },
      { projectId: 'p3', months: { '2026-02': { trackedMs: 3_600_000, billableMs: 0, earnedBaseMinor: 0 } } },
    ]);
    const skills = skillsWithEvidence({ ...none, clients, projects, feedback: items }, window, totals);
    const markup = render(<SkillsSection skills={skills} baseCurrency="EUR" />);
    expect(markup).toContain('<table class="data-table" aria-label="Skills">');
    expect(markup).toMatch(/<th scope="col" aria-sort="descending" class="align-end"><button type="button"[^>]*>Hours/);
    for (const header of ['Skill', 'Projects', 'Earnings', 'Rating', 'Last used']) {
      expect(markup).toMatch(new RegExp(`<th scope="col"( class="align-end")?><button type="button"[^>]*>${header}<`));
    }
    const rows = text(markup);
    expect(rows.indexOf('TypeScript')).toBeLessThan(rows.indexOf('Writing'));
    expect(rows).toContain('TypeScript3h 00m2€300.00');
    expect(rows).toContain('WritingNo time tracked on its projects yetNone1None');
  });
});
