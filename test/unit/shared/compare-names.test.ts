import { describe, expect, it } from 'vitest';
import { compareNames } from '../../../src/shared/compare-names';

describe('compareNames', () => {
  it('orders numbers inside names by their value', () => {
    expect(['Site 10', 'Site 2', 'Site 1'].sort(compareNames)).toEqual(['Site 1', 'Site 2', 'Site 10']);
  });

  it('sets case and accents aside', () => {
    expect(compareNames('école', 'Ecole')).toBe(0);
    expect(['beta', 'Alpha', 'Ärzte'].sort(compareNames)).toEqual(['Alpha', 'Ärzte', 'beta']);
  });
});
