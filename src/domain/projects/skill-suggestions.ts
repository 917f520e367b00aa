/** A skill and on how many projects it appears. */
export interface SkillUsage {
  skill: string;
  projectCount: number;
}

function foldCase(text: string): string {
  return text.trim().toLowerCase();
}

/**
 * Counts skills as used across projects (one entry per project that lists it), treating "react" and "React" as one
 * skill spelled the way most projects spell it; equal counts keep the spelling that sorts first.
 */
export function countSkillUsage(skillOccurrences: readonly string[]): SkillUsage[] {
  const bySkill = new Map<string, Map<string, number>>();
  for (const occurrence of skillOccurrences) {
    const skill = occurrence.trim();
    if (skill === '') continue;
    const spellings = bySkill.get(foldCase(skill)) ?? new Map<string, number>();
    spellings.set(skill, (spellings.get(skill) ?? 0) + 1);
    bySkill.set(foldCase(skill), spellings);
  }
  return [...bySkill.values()].map((spellings) => {
    const ranked = [...spellings.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const total = ranked.reduce((sum, [, count]) => sum + count, 0);
    return { skill: ranked[0]?.[0] ?? '', projectCount: total };
  });
}

/** 0 an exact match, 1 starts with the query, 2 a later word starts with it, 3 contains it, undefined no match. */
function matchTier(skill: string, query: string): number | undefined {
  const folded = foldCase(skill);
  if (folded === query) return 0;
  if (folded.startsWith(query)) return 1;
  if (folded.split(/[\s\-/.+&_,()]+/).some((word, index) => index > 0 && word.startsWith(query))) return 2;
  if (folded.includes(query)) return 3;
  return undefined;
}

/**
 * Skills to offer while the freelancer types: the closest matches first (exact, then prefix, then a word inside, then
 * anywhere), the most used first within each, skills already chosen left out. An empty query offers the most used.
 */
export function rankSkillSuggestions(query: string, usage: readonly SkillUsage[], selected: readonly string[], limit = 8): string[] {
  const needle = foldCase(query);
  const chosen = new Set(selected.map(foldCase));
  const ranked: { skill: string; tier: number; count: number }[] = [];
  for (const { skill, projectCount } of usage) {
    if (chosen.has(foldCase(skill))) continue;
    const tier = needle === '' ? 1 : matchTier(skill, needle);
    if (tier !== undefined) ranked.push({ skill, tier, count: projectCount });
  }
  return ranked
    .sort((a, b) => a.tier - b.tier || b.count - a.count || a.skill.localeCompare(b.skill, undefined, { sensitivity: 'base' }) || a.skill.localeCompare(b.skill))
    .slice(0, Math.max(0, limit))
    .map((entry) => entry.skill);
}
