import { describe, expect, it } from 'vitest';
import { movedIndex } from '../../../src/ui/list-navigation';

describe('movedIndex', () => {
  it('moves one option down or up, wrapping at both ends', () => {
    expect(movedIndex('ArrowDown', 0, 3)).toBe(1);
    expect(movedIndex('ArrowDown', 2, 3)).toBe(0);
    expect(movedIndex('ArrowUp', 1, 3)).toBe(0);
    expect(movedIndex('ArrowUp', 0, 3)).toBe(2);
  });

  it('starts from the first option going down and the last going up when none is highlighted', () => {
    expect(movedIndex('ArrowDown', -1, 3)).toBe(0);
    expect(movedIndex('ArrowUp', -1, 3)).toBe(2);
  });

  it('highlights nothing in an empty list', () => {
    expect(movedIndex('ArrowDown', -1, 0)).toBe(-1);
  });
});
