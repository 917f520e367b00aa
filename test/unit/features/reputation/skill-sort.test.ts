import { describe, expect, it } from 'vitest';
import type { SkillEvidence } from '../../../../src/domain/reputation/skills-evidence';
import { nextSkillSort, sortSkills } from '../../../../src/features/reputation/overview/skill-sort';

function skill(name: string, overrides: Partial<SkillEvidence> = {}): SkillEvidence {
  return { key: name.toLowerCase(), name, trackedMs: 0, projectCount: 0, earnedBaseMinor: 0, averageRatingTenths: undefined, lastUsed: '2026-01', records: [], gap: undefined, ...overrides };
}

const skills = [
  skill('react', { trackedMs: 5, projectCount: 2, earnedBaseMinor: 300, averageRatingTenths: 45, lastUsed: '2026-03' }),
  skill('AWS', { trackedMs: 0, projectCount: 0, earnedBaseMinor: 0, lastUsed: '2025-05' }),
  skill('Node.js', { trackedMs: 5, projectCount: 1, earnedBaseMinor: 100, averageRatingTenths: 50, lastUsed: '2026-04' }),
];

const names = (sorted: readonly SkillEvidence[]) => sorted.map((item) => item.name);

describe('sortSkills', () => {
  it('sorts names alphabetically whatever their case', () => {
    expect(names(sortSkills(skills, { key: 'name', direction: 'ascending' }))).toEqual(['AWS', 'Node.js', 'react']);
    expect(names(sortSkills(skills, { key: 'name', direction: 'descending' }))).toEqual(['react', 'Node.js', 'AWS']);
  });

  it('breaks a tie in figures by name', () => {
    // react and Node.js both have 5 ms tracked.
    expect(names(sortSkills(skills, { key: 'hours', direction: 'descending' }))).toEqual(['Node.js', 'react', 'AWS']);
    expect(names(sortSkills(skills, { key: 'hours', direction: 'ascending' }))).toEqual(['AWS', 'Node.js', 'react']);
  });

  it('sorts by projects, earnings and last use', () => {
    expect(names(sortSkills(skills, { key: 'projects', direction: 'descending' }))).toEqual(['react', 'Node.js', 'AWS']);
    expect(names(sortSkills(skills, { key: 'earnings', direction: 'ascending' }))).toEqual(['AWS', 'Node.js', 'react']);
    expect(names(sortSkills(skills, { key: 'lastUsed', direction: 'descending' }))).toEqual(['Node.js', 'react', 'AWS']);
  });

  it('puts a skill without a rating last, whichever the direction', () => {
    expect(names(sortSkills(skills, { key: 'rating', direction: 'descending' }))).toEqual(['Node.js', 'react', 'AWS']);
    expect(names(sortSkills(skills, { key: 'rating', direction: 'ascending' }))).toEqual(['react', 'Node.js', 'AWS']);
  });

  it('leaves the list it was given as it was', () => {
    const given = [...skills];
    sortSkills(given, { key: 'name', direction: 'ascending' });
    expect(given).toEqual(skills);
  });
});

describe('nextSkillSort', () => {
  it('turns the current column around, and starts a new one with its most useful end', () => {
    expect(nextSkillSort({ key: 'hours', direction: 'descending' }, 'hours')).toEqual({ key: 'hours', direction: 'ascending' });
    expect(nextSkillSort({ key: 'hours', direction: 'ascending' }, 'hours')).toEqual({ key: 'hours', direction: 'descending' });
    expect(nextSkillSort({ key: 'hours', direction: 'descending' }, 'name')).toEqual({ key: 'name', direction: 'ascending' });
    expect(nextSkillSort({ key: 'name', direction: 'ascending' }, 'rating')).toEqual({ key: 'rating', direction: 'descending' });
  });
});
