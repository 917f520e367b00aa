/**
 * The option ↓ or ↑ moves to in a list of `count`, wrapping at both ends; from none highlighted (-1), ↓ goes to the
 * first and ↑ to the last. -1 while the list is empty.
 */
export function movedIndex(key: 'ArrowDown' | 'ArrowUp', active: number, count: number): number {
  if (count === 0) return -1;
  const last = count - 1;
  if (key === 'ArrowDown') return active >= last ? 0 : active + 1;
  return active <= 0 ? last : active - 1;
}
