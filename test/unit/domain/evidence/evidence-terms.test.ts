import { describe, expect, it } from 'vitest';
import { distinctTerms, normaliseTerm, termsWithWords, tokenize } from '../../../../src/domain/evidence/evidence-terms';

describe('evidence terms', () => {
  it('splits on anything but letters and digits', () => {
    expect(tokenize('Node.js + D3.js, WCAG-2.2')).toEqual(['Node', 'js', 'D3', 'js', 'WCAG', '2', '2']);
  });

  it('lower-cases, folds accents, drops stop words and reduces plurals', () => {
    expect(normaliseTerm('Dashboards')).toBe('dashboard');
    expect(normaliseTerm('Companies')).toBe('company');
    expect(normaliseTerm('fixes')).toBe('fix');
    expect(normaliseTerm('classes')).toBe('class');
    expect(normaliseTerm('Café')).toBe('cafe');
    expect(normaliseTerm('analysis')).toBe('analysis');
    expect(normaliseTerm('access')).toBe('access');
    expect(normaliseTerm('The')).toBeUndefined();
    expect(normaliseTerm('x')).toBeUndefined();
  });

  it('lists each term once, in order of first appearance', () => {
    expect(distinctTerms('React dashboards; a React dashboard with charts')).toEqual(['react', 'dashboard', 'chart']);
  });

  it('remembers the word the text first used for each term', () => {
    expect([...termsWithWords('Performance fixes, then more Fixes').entries()]).toEqual([
      ['performance', 'performance'],
      ['fix', 'fixes'],
    ]);
  });
});
