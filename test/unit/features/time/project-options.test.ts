import { describe, expect, it } from 'vitest';
import { chooseProjectOptions, projectColourIndex, projectOptionLabel, projectOptions, scoreProjectOption, type ProjectOption } from '../../../../src/features/time/project-options';
import { client, project } from '../records';

function option(id: string, name: string, clientName: string, status: ProjectOption['status'] = 'active'): ProjectOption {
  return { id, name, clientName, status, billable: true };
}

const options = [
  option('dash', 'Analytics dashboard retainer', 'Northwind Analytics'),
  option('calls', 'Estimates and discovery calls', 'Northwind Analytics'),
  option('cms', 'Editorial CMS maintenance', 'Bramble & Finch Ltd'),
  option('portal', 'Assay results portal', 'Helix Biotech GmbH', 'paused'),
  option('old', 'Catalogue website redesign', 'Bramble & Finch Ltd', 'completed'),
];

describe('projectOptions', () => {
  it('names each live project with its client, sorted by client then project, and reads billing', () => {
    const clients = new Map([
      ['c1', client('c1', { name: 'Zeta Co' })],
      ['c2', client('c2', { name: 'Alpha GmbH' })],
    ]);
    const result = projectOptions(
      [
        project('p1', 'c1', { name: 'Website' }),
        project('p2', 'c2', { name: 'Training', billing: { kind: 'nonBillable' } }),
        project('p3', 'c2', { name: 'Audit' }),
        project('p4', 'c2', { name: 'Deleted', deletedAt: 5 }),
        project('p5', 'missing', { name: 'Orphan' }),
      ],
      clients,
    );
    expect(result.map((entry) => [entry.name, entry.clientName, entry.billable])).toEqual([
      ['Audit', 'Alpha GmbH', true],
      ['Training', 'Alpha GmbH', false],
      ['Orphan', 'Unknown client', true],
      ['Website', 'Zeta Co', true],
    ]);
  });

  it('tells apart the clients of projects whose clients share a name', () => {
    const clients = new Map([
      ['c1', client('c1', { name: 'Acme', company: 'Acme Berlin GmbH' })],
      ['c2', client('c2', { name: 'Acme', email: 'paris@acme.example' })],
    ]);
    const result = projectOptions([project('p1', 'c1', { name: 'Website' }), project('p2', 'c2', { name: 'Website' })], clients);
    expect(result.map((entry) => entry.clientName).sort()).toEqual(['Acme (Acme Berlin GmbH)', 'Acme (paris@acme.example)']);
  });
});

describe('scoreProjectOption', () => {
  const dashboard = option('dash', 'Analytics dashboard retainer', 'Northwind Analytics');

  it('ranks a name prefix over a word prefix over a substring over a client match', () => {
    const scores = ['analytics', 'dash', 'board', 'northwind'].map((query) => scoreProjectOption(dashboard, query) ?? -1);
    expect(scores[0]).toBeGreaterThan(scores[1] ?? 0);
    expect(scores[1]).toBeGreaterThan(scores[2] ?? 0);
    expect(scores[2]).toBeGreaterThan(scores[3] ?? 0);
    expect(scores[3]).toBeGreaterThan(0);
  });

  it('matches every typed word against project and client words, ignoring case and accents', () => {
    expect(scoreProjectOption(dashboard, 'north ret')).not.toBeNull();
    expect(scoreProjectOption(dashboard, 'DASHBÖARD')).not.toBeNull();
    expect(scoreProjectOption(dashboard, 'invoice')).toBeNull();
  });
});

describe('chooseProjectOptions', () => {
  it('offers recent projects first, then the other open ones, leaving finished projects out', () => {
    const choices = chooseProjectOptions(options, '', ['cms', 'missing', 'dash']);
    expect(choices.recent.map((entry) => entry.id)).toEqual(['cms', 'dash']);
    expect(choices.others.map((entry) => entry.id)).toEqual(['calls', 'portal']);
  });

  it('keeps at most the given number of recent projects', () => {
    expect(chooseProjectOptions(options, '', ['cms', 'dash', 'calls'], 2).recent.map((entry) => entry.id)).toEqual(['cms', 'dash']);
  });

  it('searches every project when something is typed, finished ones included, best match first', () => {
    const choices = chooseProjectOptions(options, 'bramble', ['dash']);
    expect(choices.recent).toEqual([]);
    expect(choices.others.map((entry) => entry.id)).toEqual(['cms', 'old']);
    expect(chooseProjectOptions(options, 'e', []).others[0]?.id).toBe('calls');
  });

  it('finds nothing for a query that matches no project or client', () => {
    expect(chooseProjectOptions(options, 'zzz', ['dash'])).toEqual({ recent: [], others: [] });
  });
});

describe('projectOptionLabel and projectColourIndex', () => {
  it('labels a project with its client', () => {
    expect(projectOptionLabel(options[0] ?? option('x', 'x', 'x'))).toBe('Analytics dashboard retainer · Northwind Analytics');
  });

  it('gives each project a stable colour slot', () => {
    const first = projectColourIndex('a8f0c2e4-1d2b-4c3a-9e8f-0123456789ab');
    expect(projectColourIndex('a8f0c2e4-1d2b-4c3a-9e8f-0123456789ab')).toBe(first);
    expect(first).toBeGreaterThanOrEqual(0);
    expect(first).toBeLessThan(10);
    const slots = new Set(Array.from({ length: 50 }, (_, index) => projectColourIndex(`project-${index}`)));
    expect(slots.size).toBeGreaterThan(5);
  });
});
