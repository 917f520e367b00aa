import { describe, expect, it } from 'vitest';
import type { Credential, ProjectTotals } from '../../../../src/domain/model';
import { contractTotals } from '../../../../src/domain/reputation/reputation-contracts';
import { skillsWithEvidence } from '../../../../src/domain/reputation/skills-evidence';
import { credentialInput } from '../../db/test-db';
import { client, feedback, project } from '../../features/records';

const HOUR = 3_600_000;
const window = { from: '2026-01-01', to: '2026-06-30' };

function credential(id: string, overrides: Partial<Credential> = {}): Credential {
  return { id, createdAt: 0, updatedAt: 0, ...credentialInput({ date: '2025-05-01', ...overrides }) };
}

const clients = [client('c1', { name: 'Acme' }), client('c2', { name: 'Helix Biotech', confidential: true, publicAlias: 'A European biotech company' })];
const projects = [
  project('p1', 'c1', { name: 'Shop', skills: ['TypeScript', 'React'], startDate: '2026-01-10', endDate: '2026-03-15', status: 'completed' }),
  project('p2', 'c2', { name: 'Helix Biotech LIMS', skills: ['typescript ', 'Node.js'], startDate: '2025-11-01' }),
  project('p3', 'c1', { skills: ['COBOL'], startDate: '2024-01-01', endDate: '2024-06-01', status: 'completed' }),
  project('p4', 'c1', { skills: ['React'], startDate: '2026-02-01', deletedAt: 1 }),
  project('p5', 'c1', { name: 'Brand', skills: ['Figma'], startDate: '2026-05-01' }),
];
const credentials = [
  credential('k1', { name: 'AWS Developer', issuer: 'Amazon', skills: ['AWS', 'TypeScript'], expires: '2028-05-01' }),
  credential('k2', { name: 'Flash Expert', date: '2020-01-01', expires: '2021-01-01', skills: ['Flash'] }),
];
const items = [
  feedback('f1', 'p1', 'c1', { ratingTenths: 50, date: '2026-03-20' }),
  feedback('f2', 'p2', 'c2', { ratingTenths: 40, date: '2026-04-01' }),
  feedback('f3', 'p1', 'c1', { ratingTenths: 10, date: '2025-12-01' }),
];
/** A project's totals from [month, hours tracked (all billable), earnings] rows. */
function projectTotals(projectId: string, months: [string, number, number][]): ProjectTotals {
  return { projectId, months: Object.fromEntries(months.map(([month, trackedMs, earnedBaseMinor]) => [month, { trackedMs, billableMs: trackedMs, earnedBaseMinor }])) };
}

const totals = contractTotals([
  projectTotals('p1', [
    ['2026-01', 6 * HOUR, 0],
    ['2026-03', 4 * HOUR, 100_000],
  ]),
  projectTotals('p2', [
    ['2025-11', 5 * HOUR, 0],
    ['2026-04', 0, 50_000],
  ]),
]);

function skills() {
  const shown = skillsWithEvidence({ clients, projects, credentials, feedback: items }, window, totals);
  return shown.value ?? [];
}

describe('skillsWithEvidence', () => {
  it('lists every skill of the projects running in the window and the credentials valid in it, by name', () => {
    // COBOL's project ended in 2024, Flash's credential expired in 2021, and p4 (React) was deleted.
    expect(skills().map((skill) => skill.name)).toEqual(['AWS', 'Figma', 'Node.js', 'React', 'TypeScript']);
  });

  it('merges spellings that differ only in case and surrounding spaces, shown as most often written', () => {
    // "TypeScript" on p1 and k1, "typescript " on p2: one skill, written as twice over.
    // Hours 10 h (p1: 6 + 4) + 5 h (p2) = 15 h; earnings 100,000 + 50,000 = 150,000; rating (50 + 40) ÷ 2 = 45
    // (f3 is dated before the window); last used: p2's last month of work, April 2026, beats p1's end in March and
    // the credential's May 2025.
    const typescript = skills().find((skill) => skill.key === 'typescript');
    expect(typescript).toMatchObject({
      name: 'TypeScript',
      trackedMs: 15 * HOUR,
      projectCount: 2,
      earnedBaseMinor: 150_000,
      averageRatingTenths: 45,
      lastUsed: '2026-04',
      gap: undefined,
    });
    expect(typescript?.records.map((record) => [record.kind, record.id])).toEqual([
      ['project', 'p2'],
      ['project', 'p1'],
      ['credential', 'k1'],
      ['feedback', 'f1'],
      ['feedback', 'f2'],
    ]);
    expect(typescript?.records[0]?.label).toBe('A European biotech company LIMS · A European biotech company');
  });

  it('between spellings written as often, shows the one that sorts first, as the project form suggests skills', () => {
    const twice = [project('q1', 'c1', { skills: ['GraphQL'] }), project('q2', 'c1', { skills: ['Graphql'] })];
    const shown = skillsWithEvidence({ clients, projects: twice, credentials: [], feedback: [] }, window, totals);
    // "Graphql" sorts before "GraphQL": lower case first where they differ.
    expect(shown.value?.map((skill) => skill.name)).toEqual(['Graphql']);
  });

  it('writes a confidential client’s name in a skill as its alias', () => {
    const named = [project('q1', 'c2', { skills: ['Helix Biotech LIMS'] })];
    const shown = skillsWithEvidence({ clients, projects: named, credentials: [], feedback: [] }, window, totals);
    expect(shown.value?.map((skill) => skill.name)).toEqual(['A European biotech company LIMS']);
  });

  it('says when a skill rests on a credential alone', () => {
    expect(skills().find((skill) => skill.key === 'aws')).toMatchObject({
      trackedMs: 0,
      projectCount: 0,
      earnedBaseMinor: 0,
      averageRatingTenths: undefined,
      lastUsed: '2025-05',
      gap: 'From a credential only; no tracked work yet',
    });
  });

  it('says when no time is tracked on a skill’s projects', () => {
    // p5 has no rollup row: nothing tracked, nothing earned; last used is its start month.
    expect(skills().find((skill) => skill.key === 'figma')).toMatchObject({ trackedMs: 0, projectCount: 1, lastUsed: '2026-05', gap: 'No time tracked on its projects yet' });
  });

  it('says what is missing when nothing in the window names a skill', () => {
    const shown = skillsWithEvidence({ clients, projects, credentials, feedback: items }, { from: '2022-01-01', to: '2022-12-31' }, totals);
    expect(shown).toMatchObject({ value: undefined, missing: 'No project running in this window and no credential valid in it names a skill', records: [] });
  });
});
