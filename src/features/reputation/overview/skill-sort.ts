import type { SkillEvidence } from '../../../domain/reputation/skills-evidence';

export type SkillSortKey = 'name' | 'hours' | 'projects' | 'earnings' | 'rating' | 'lastUsed';
export type SortDirection = 'ascending' | 'descending';

export interface SkillSort {
  key: SkillSortKey;
  direction: SortDirection;
}

/** What each column sorts by; a skill with no value (no rating yet) goes last whichever the direction. */
const SORT_VALUES: Record<Exclude<SkillSortKey, 'name'>, (skill: SkillEvidence) => number | string | undefined> = {
  hours: (skill) => skill.trackedMs,
  projects: (skill) => skill.projectCount,
  earnings: (skill) => skill.earnedBaseMinor,
  rating: (skill) => skill.averageRatingTenths,
  lastUsed: (skill) => skill.lastUsed,
};

function byName(a: SkillEvidence, b: SkillEvidence): number {
  return a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }) || a.key.localeCompare(b.key);
}

function compareValues(a: number | string, b: number | string): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b));
}

/** A sorted copy; ties in a figure fall back to the name, A to Z. */
export function sortSkills(skills: readonly SkillEvidence[], sort: SkillSort): SkillEvidence[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  if (sort.key === 'name') return [...skills].sort((a, b) => sign * byName(a, b));
  const valueOf = SORT_VALUES[sort.key];
  return [...skills].sort((a, b) => {
    const valueA = valueOf(a);
    const valueB = valueOf(b);
    if (valueA === undefined || valueB === undefined) return (valueA === undefined ? 1 : 0) - (valueB === undefined ? 1 : 0) || byName(a, b);
    return sign * compareValues(valueA, valueB) || byName(a, b);
  });
}

/** Choosing the sorted column again turns it around; a new column starts A to Z for names, largest first for figures. */
export function nextSkillSort(current: SkillSort, key: SkillSortKey): SkillSort {
  if (current.key === key) return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { key, direction: key === 'name' ? 'ascending' : 'descending' };
}
