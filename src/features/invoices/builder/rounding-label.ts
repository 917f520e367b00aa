import type { RoundingRule } from '../../../domain/model';

/** The rule as a sentence about each entry: "each entry rounded up to the next 15 minutes". */
export function roundingRuleLabel(rule: RoundingRule): string {
  if (rule.mode === 'none') return 'exact time, no rounding';
  const step = `${rule.minutes} ${rule.minutes === 1 ? 'minute' : 'minutes'}`;
  return rule.mode === 'up' ? `each entry rounded up to the next ${step}` : `each entry rounded to the nearest ${step}`;
}
