/** A non-empty list, so picking from it always yields a value. */
export type NonEmpty<T> = readonly [T, ...T[]];

/**
 * A small deterministic random source (mulberry32: a 32-bit state stepped by a Weyl constant and mixed with
 * multiply-xorshift rounds). Plenty for believable demo data; never for anything secret.
 */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let mixed = this.state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: NonEmpty<T>): T {
    return items[Math.floor(this.next() * items.length)] ?? items[0];
  }

  /** A version-4-shaped UUID drawn from this source, so the same seed gives the same ids. */
  uuid(): string {
    const bytes = Array.from({ length: 16 }, () => Math.floor(this.next() * 256));
    bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
    bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
    const hex = bytes.map((byte) => byte.toString(16).padStart(2, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }
}

/** The n-th item of a catalog, cycling, with the round it came from (0 for the first pass). */
export function cycled<T>(items: NonEmpty<T>, index: number): { item: T; round: number } {
  return { item: items[index % items.length] ?? items[0], round: Math.floor(index / items.length) };
}
