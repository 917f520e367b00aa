/**
 * Real time elapsed between two instants (UTC epoch ms), never a wall-clock difference: across a spring-forward
 * night 01:30 → 03:30 local is one hour, across a fall-back night it is three.
 */
export function elapsedMs(start: number, end: number): number {
  if (!Number.isFinite(start) || !Number.isFinite(end)) throw new RangeError(`elapsedMs: instants must be finite, got ${start} and ${end}`);
  if (end < start) throw new RangeError(`elapsedMs: end (${end}) is before start (${start})`);
  return end - start;
}
