import { useId, useMemo, useState } from 'react';
import { useDisplayLocale } from '../../shared/settings-context';
import type { Proposal } from '../../domain/model';
import { METRICS_PERIODS, METRICS_PERIOD_LABELS, pipelineMetrics, type MetricsPeriod } from '../../domain/proposals/proposal-metrics';
import { StatCard } from '../../ui/StatCard';
import { MoneyAmounts } from '../../ui/MoneyAmounts';
import { formatPerWin } from './proposal-format';
import { formatShare, formatWait } from '../../shared/figure-display';
import { PlatformMetricsTable } from './PlatformMetricsTable';
import styles from './ProposalMetricsPanel.module.css';

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function isPeriod(value: string): value is MetricsPeriod {
  return METRICS_PERIODS.some((period) => period === value);
}

/** How the bids sent in a chosen period fared, overall and per platform; every card says what it counts. */
export function ProposalMetricsPanel({ proposals, now }: { proposals: readonly Proposal[]; now: number }) {
  const locale = useDisplayLocale();
  const headingId = useId();
  const periodId = useId();
  const [period, setPeriod] = useState<MetricsPeriod>('last-365-days');
  const { overall, byPlatform } = useMemo(() => pipelineMetrics(proposals, period, now), [proposals, period, now]);

  return (
    <section className={styles.proposalMetrics} aria-labelledby={headingId}>
      <div className={styles.proposalMetricsHeader}>
        <div>
          <h2 id={headingId} className="section-title">
            How your bids are doing
          </h2>
          <p className="section-description">
            {overall.sent === 0 ? 'No proposals were sent in this period.' : `Over the ${plural(overall.sent, 'proposal', 'proposals')} sent in this period.`}
          </p>
        </div>
        <div className={styles.proposalMetricsPeriod}>
          <label htmlFor={periodId}>Period</label>
          <select
            id={periodId}
            value={period}
            onChange={(event) => {
              if (isPeriod(event.target.value)) setPeriod(event.target.value);
            }}
          >
            {METRICS_PERIODS.map((option) => (
              <option key={option} value={option}>
                {METRICS_PERIOD_LABELS[option]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className={styles.proposalMetricsCards}>
        <StatCard
          label="Win rate"
          value={overall.winRate === undefined ? '—' : formatShare(overall.winRate, locale)}
          hint={`${overall.won} won of ${overall.won + overall.lost} decided`}
        />
        <StatCard
          label="Median response"
          value={overall.medianResponseMs === undefined ? '—' : formatWait(overall.medianResponseMs, locale)}
          hint={overall.responses === 0 ? 'No client has responded yet' : `From sending to the first reaction, over ${plural(overall.responses, 'response', 'responses')}`}
        />
        <StatCard
          label="Connects per win"
          value={overall.connectsPerWin === undefined ? '—' : formatPerWin(overall.connectsPerWin, locale)}
          hint={`${plural(overall.connectsSpent, 'connect', 'connects')} spent in all`}
        />
        <StatCard
          label="Spent per win"
          value={<MoneyAmounts amounts={overall.spentPerWin} headline />}
          hint={overall.spent.length === 0 ? 'Nothing spent on connects' : <>Connects cost <MoneyAmounts amounts={overall.spent} /> in all</>}
        />
        <StatCard
          label="Open pipeline"
          value={<MoneyAmounts amounts={overall.openValue} empty={overall.open === 0 ? '—' : 'Not priced'} headline />}
          hint={`${plural(overall.open, 'open proposal', 'open proposals')}${overall.openUnpriced > 0 ? `, ${overall.openUnpriced} hourly without an estimate` : ''}`}
        />
      </div>
      {byPlatform.length > 0 && (
        <details className={styles.proposalMetricsPlatforms}>
          <summary>By platform</summary>
          <PlatformMetricsTable rows={byPlatform} />
        </details>
      )}
    </section>
  );
}
