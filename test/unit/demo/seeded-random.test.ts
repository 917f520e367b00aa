import { describe, expect, it } from 'vitest';
import { cycled, SeededRandom } from '../../../src/demo/seeded-random';

describe('SeededRandom', () => {
  it('repeats the same sequence for the same seed and differs for another', () => {
    const draw = (seed: number) => {
      const random = new SeededRandom(seed);
      return Array.from({ length: 5 }, () => random.next());
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it('stays in range', () => {
    const random = new SeededRandom(1);
    for (let i = 0; i < 2000; i++) {
      const value = random.next();
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
      const n = random.int(3, 5);
      expect([3, 4, 5]).toContain(n);
    }
  });

  it('makes version 4 UUIDs that repeat with the seed', () => {
    const a = new SeededRandom(9).uuid();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new SeededRandom(9).uuid()).toBe(a);
  });
});

describe('cycled', () => {
  it('wraps around and tells the round', () => {
    expect(cycled(['a', 'b', 'c'], 4)).toEqual({ item: 'b', round: 1 });
    expect(cycled(['a'], 0)).toEqual({ item: 'a', round: 0 });
  });
});
