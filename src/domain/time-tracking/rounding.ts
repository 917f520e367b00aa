import type { RoundingRule } from '../model/common';

const MS_PER_MINUTE = 60_000;

/**
 * A duration rounded for billing: `up` to the next whole step, `nearest` to the closest step with an exact half
 * going up (7m30s to 15 minutes is 15 minutes). Stored entries keep their real length; invoices apply this to
 * what they bill.
 */
export function roundDurationMs(ms: number, rule: RoundingRule): number {
  if (!Number.isSafeInteger(ms) || ms < 0) throw new RangeError(`roundDurationMs: a duration is a whole, non-negative number of ms, got ${ms}`);
  if (rule.mode === 'none') return ms;
  const step = rule.minutes * MS_PER_MINUTE;
  const whole = Math.floor(ms / step);
  const remainder = ms - whole * step;
  if (remainder === 0) return ms;
  if (rule.mode === 'up') return (whole + 1) * step;
  return (remainder * 2 >= step ? whole + 1 : whole) * step;
}
