import { useId } from 'react';
import type { BudgetBurn, BurnLevel } from '../../domain/projects/budget-burn';
import { BURN_ALERT_PERCENT, BURN_WARNING_PERCENT } from '../../domain/projects/budget-burn';
import styles from './BudgetMeter.module.css';

const LEVEL_CLASSES: Record<BurnLevel, string | undefined> = {
  ok: undefined,
  warning: styles.warning,
  alert: styles.alert,
};

const LEVEL_WORDS: Record<BurnLevel, string> = {
  ok: 'Within budget',
  warning: `Warning: past ${BURN_WARNING_PERCENT} %`,
  alert: `Alert: ${BURN_ALERT_PERCENT} % or more used`,
};

export interface BudgetMeterProps {
  /** The meter's accessible name, e.g. "Hours budget". */
  label: string;
  burn: BudgetBurn;
  /** How to write an amount of this budget's unit: a duration or money. */
  format: (value: number) => string;
  /** A bar and percentage only, for table rows; the full figures stay in the meter's value text. */
  compact?: boolean;
}

/**
 * Used against budget as a bar, with its level in words as well as colour: fine below 80 %, a warning from 80 %, an
 * alert from 100 %. The meter's value stops at the budget (ARIA meters cannot overflow); its text states any overrun.
 */
export function BudgetMeter({ label, burn, format, compact = false }: BudgetMeterProps) {
  const labelId = useId();
  const usedText = `${format(burn.used)} of ${format(burn.budget)}`;
  const valueText = `${burn.percent} % used, ${usedText}. ${LEVEL_WORDS[burn.level]}.`;
  const fill = Math.min(100, Math.max(0, burn.percent));
  const remainder = burn.remaining >= 0 ? `${format(burn.remaining)} left` : `${format(-burn.remaining)} over budget`;
  return (
    <div className={[styles.meter, LEVEL_CLASSES[burn.level], compact && styles.compact].filter(Boolean).join(' ')}>
      <div className={styles.head}>
        <span id={labelId} className={compact ? 'visually-hidden' : styles.label}>
          {label}
        </span>
        {!compact && <span className={`${styles.figures} tabular`}>{usedText}</span>}
      </div>
      <div className={styles.row}>
        <div
          role="meter"
          aria-labelledby={labelId}
          aria-valuemin={0}
          aria-valuemax={burn.budget}
          aria-valuenow={Math.min(burn.used, burn.budget)}
          aria-valuetext={valueText}
          className={styles.track}
        >
          <div className={styles.fill} style={{ width: `${fill}%` }} />
          <div className={styles.mark} style={{ left: `${BURN_WARNING_PERCENT}%` }} />
        </div>
        <span className={`${styles.percent} tabular`} aria-hidden="true">
          {burn.percent} %
        </span>
      </div>
      {!compact && (
        <p className={styles.note}>
          <span className={styles.level}>{LEVEL_WORDS[burn.level]}</span> · {remainder}
        </p>
      )}
    </div>
  );
}
