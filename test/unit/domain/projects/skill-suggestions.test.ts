import { describe, expect, it } from 'vitest';
import { countSkillUsage, rankSkillSuggestions, type SkillUsage } from '../../../../src/domain/projects/skill-suggestions';

describe('countSkillUsage', () => {
  it('merges spellings that differ in case, keeping the most common one', () => {
    expect(countSkillUsage(['React', 'react', 'React', ' TypeScript ', '', 'typescript', 'TypeScript'])).toEqual([
      { skill: 'React', projectCount: 3 },
      { skill: 'TypeScript', projectCount: 3 },
    ]);
  });
});

describe('rankSkillSuggestions', () => {
  const usage: SkillUsage[] = [
    { skill: 'React', projectCount: 9 },
    { skill: 'React Native', projectCount: 2 },
    { skill: 'Preact', projectCount: 4 },
    { skill: 'Redux', projectCount: 5 },
    { skill: 'Node.js', projectCount: 6 },
    { skill: 'Next.js', projectCount: 3 },
    { skill: 'D3.js', projectCount: 1 },
    { skill: 'TypeScript', projectCount: 8 },
  ];

  it('puts prefix matches before matches inside, the most used first in each', () => {
    expect(rankSkillSuggestions('re', usage, [])).toEqual(['React', 'Redux', 'React Native', 'Preact']);
  });

  it('puts an exact match first, ignoring case', () => {
    expect(rankSkillSuggestions('react native', usage, [])).toEqual(['React Native']);
    expect(rankSkillSuggestions('REACT', usage, [])).toEqual(['React', 'React Native', 'Preact']);
  });

  it('ranks a later word that starts with the query above a match in the middle of a word', () => {
    expect(rankSkillSuggestions('js', usage, [])).toEqual(['Node.js', 'Next.js', 'D3.js']);
    expect(rankSkillSuggestions('native', usage, [])).toEqual(['React Native']);
  });

  it('leaves out skills already chosen, whatever their case', () => {
    expect(rankSkillSuggestions('re', usage, ['react', 'Redux'])).toEqual(['React Native', 'Preact']);
  });

  it('offers the most used skills for an empty query, up to the limit', () => {
    expect(rankSkillSuggestions('  ', usage, ['TypeScript'], 3)).toEqual(['React', 'Node.js', 'Redux']);
  });

  it('offers nothing when nothing matches', () => {
    expect(rankSkillSuggestions('cobol', usage, [])).toEqual([]);
  });
});
