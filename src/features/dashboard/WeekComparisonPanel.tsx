import type { CurrencyAmount } from '../../domain/money';
import { formatMoneyAmounts } from '../../domain/money/format';
import type { PeriodComparison, PeriodFigures } from '../../domain/reports/period-comparison';
import { formatDuration } from '../../domain/time/format-duration';
import { formatDayRange } from '../../shared/date-display';
import { useDisplayLocale } from '../../shared/settings-context';
import { Panel } from '../../ui/Panel';
import { billableShare } from './dashboard-summary';
import styles from './WeekComparisonPanel.module.css';

function money(amounts: readonly CurrencyAmount[], locale: string): string {
  return amounts.length === 0 ? '—' : formatMoneyAmounts(amounts, locale);
}

function share(figures: PeriodFigures, percent: Intl.NumberFormat): string {
  const value = billableShare(figures);
  return value === null ? '—' : percent.format(value);
}

/** This week so far beside last week up to the same weekday: the four figures a week is judged by. */
export function WeekComparisonPanel({ week }: { week: PeriodComparison }) {
  const locale = useDisplayLocale();
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const { current, previous } = week;
  const rows = [
    { label: 'Hours', now: formatDuration(current.trackedMs, 'hours-minutes'), before: formatDuration(previous.trackedMs, 'hours-minutes') },
    { label: 'Billable share', now: share(current, percent), before: share(previous, percent) },
    { label: 'Invoiced', now: money(current.invoiced, locale), before: money(previous.invoiced, locale) },
    { label: 'Received', now: money(current.received, locale), before: money(previous.received, locale) },
  ];
  return (
    <Panel title="This week so far">
      <table className={styles.table} aria-label="This week against last week">
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">Figure</span>
            </th>
            <th scope="col">
              This week<span className={styles.range}>{formatDayRange(current.range.from, current.range.to, locale)}</span>
            </th>
            <th scope="col">
              Last week<span className={styles.range}>{formatDayRange(previous.range.from, previous.range.to, locale)}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              <td>{row.now}</td>
              <td className={styles.before}>{row.before}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Panel>
  );
}
