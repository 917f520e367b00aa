import { useId, useState, type FormEvent } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { TopRatedBar } from '../../../domain/model';
import type { BarSaveOutcome } from '../use-reputation';
import { formatMoney } from '../../../domain/money/format';
import { formatPoints } from '../../../domain/reputation/outcome-text';
import { TOP_RATED_STRIP_WEEKS } from '../../../domain/reputation/reputation-overview';
import type { WeekStanding } from '../../../domain/reputation/standing';
import { formatDay } from '../../../shared/date-display';
import { formatAmountForInput, readAmount, readWholeDays } from '../../../shared/form-numbers';
import { HowComputed } from './HowComputed';
import sectionStyles from './OverviewSection.module.css';
import styles from './StandingSection.module.css';

interface StandingSectionProps {
  weeks: readonly WeekStanding[];
  bar: TopRatedBar;
  baseCurrency: string;
  locale: string;
  onSaveBar: (bar: TopRatedBar) => Promise<BarSaveOutcome>;
}

function weekVerdict(week: WeekStanding, bar: TopRatedBar, money: (minor: number) => string): string {
  if (week.topRated) return 'top rated';
  const missing: string[] = [];
  if (!week.meetsScore) missing.push(week.scoreTenths === undefined ? 'no score yet' : `score below ${bar.minScore}`);
  if (!week.meetsEarnings) missing.push(`earned ${money(week.earnedBaseMinor)} of ${money(bar.minEarnedBaseMinor)} in 12 months`);
  if (!week.meetsFeedback) missing.push(`poor feedback in the last ${bar.noPoorFeedbackDays} days`);
  return `not top rated: ${missing.join('; ')}`;
}

const BAR_FIELD_LABELS: Record<string, string> = {
  'topRatedBar.minScore': 'Score at least',
  'topRatedBar.minEarnedBaseMinor': 'Earned in 12 months',
  'topRatedBar.noPoorFeedbackDays': 'No poor feedback for',
};

function BarForm({ bar, baseCurrency, locale, onSaveBar }: Omit<StandingSectionProps, 'weeks'>) {
  const [minScore, setMinScore] = useState(String(bar.minScore));
  const [minEarned, setMinEarned] = useState(formatAmountForInput(bar.minEarnedBaseMinor, baseCurrency, locale));
  const [days, setDays] = useState(String(bar.noPoorFeedbackDays));
  const [message, setMessage] = useState<{ error: boolean; text: string } | undefined>(undefined);

  async function save(event: FormEvent) {
    event.preventDefault();
    const earned = readAmount(minEarned, baseCurrency, locale);
    const poorDays = readWholeDays(days);
    const score = readWholeDays(minScore);
    const problems = [
      score.kind === 'value' ? undefined : 'Score at least: enter a whole number from 0 to 100',
      earned.kind === 'value' ? undefined : `Earned in 12 months: ${earned.kind === 'error' ? earned.message : 'enter an amount'}`,
      poorDays.kind === 'value' ? undefined : 'No poor feedback for: enter a whole number of days',
    ].filter((problem): problem is string => problem !== undefined);
    if (score.kind !== 'value' || earned.kind !== 'value' || poorDays.kind !== 'value') {
      setMessage({ error: true, text: `Not saved. ${problems.join('. ')}.` });
      return;
    }
    const result = await onSaveBar({ minScore: score.value, minEarnedBaseMinor: earned.value, noPoorFeedbackDays: poorDays.value });
    if (result.ok) setMessage({ error: false, text: 'Saved: the strip now uses this bar.' });
    else setMessage({ error: true, text: `Not saved. ${Object.entries(result.errors).map(([field, text]) => `${BAR_FIELD_LABELS[field] ?? field}: ${text}`).join('. ')}.` });
  }

  return (
    <form className={styles.barForm} aria-label="Top-rated bar" onSubmit={(event) => void save(event)}>
      <label className="field">
        <span className="field-label">Score at least</span>
        <input inputMode="numeric" value={minScore} onChange={(event) => setMinScore(event.target.value)} />
      </label>
      <label className="field">
        <span className="field-label">Earned in 12 months ({baseCurrency})</span>
        <input inputMode="decimal" value={minEarned} onChange={(event) => setMinEarned(event.target.value)} />
      </label>
      <label className="field">
        <span className="field-label">No poor feedback for (days)</span>
        <input inputMode="numeric" value={days} onChange={(event) => setDays(event.target.value)} />
      </label>
      <button type="submit" className="button button-secondary">
        Save bar
      </button>
      {message !== undefined && (
        <p className={message.error ? 'field-error' : styles.saved} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </form>
  );
}

/** The score week by week over two years, and the last weeks against the top-rated bar. */
export function StandingSection(props: StandingSectionProps) {
  const { weeks, bar, baseCurrency, locale } = props;
  const headingId = useId();
  const money = (minor: number) => formatMoney(minor, baseCurrency, locale);
  const points = weeks.map((week) => ({ weekEnd: week.weekEnd, score: week.scoreTenths === undefined ? null : week.scoreTenths / 10 }));
  const scored = weeks.filter((week) => week.scoreTenths !== undefined).length;
  const strip = weeks.slice(-TOP_RATED_STRIP_WEEKS);
  const topRatedCount = strip.filter((week) => week.topRated).length;

  return (
    <section className={sectionStyles.panel} aria-labelledby={headingId}>
      <h2 id={headingId}>Standing, week by week</h2>
      {scored === 0 ? (
        <p className="muted">No week of the last two years has a score yet: job success needs two eligible contracts from two clients.</p>
      ) : (
        <figure className={styles.chart} aria-label={`Job success at the end of each of the last ${weeks.length} weeks; ${scored} weeks have a score`}>
          <ResponsiveContainer width="100%" height={220}>
            <LineChart data={points} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
              <CartesianGrid stroke="var(--color-border)" vertical={false} />
              <XAxis dataKey="weekEnd" tickFormatter={(day: string) => formatDay(day, locale)} minTickGap={48} stroke="var(--color-text-muted)" fontSize={12} />
              <YAxis domain={[0, 100]} width={36} stroke="var(--color-text-muted)" fontSize={12} />
              <ReferenceLine y={bar.minScore} stroke="var(--color-warning)" strokeDasharray="4 4" />
              <Tooltip
                formatter={(value) => [typeof value === 'number' ? formatPoints(Math.round(value * 10), locale) : '—', 'Job success']}
                labelFormatter={(day) => `Week ending ${formatDay(String(day), locale)}`}
                contentStyle={{ background: 'var(--color-surface-raised)', border: '1px solid var(--color-border)', color: 'var(--color-text)' }}
              />
              <Line type="linear" dataKey="score" stroke="var(--color-accent)" strokeWidth={2} dot={false} connectNulls={false} isAnimationActive={false} />
            </LineChart>
          </ResponsiveContainer>
        </figure>
      )}
      <h3 className={styles.subheading}>
        Top rated: {topRatedCount} of the last {strip.length} weeks
      </h3>
      <ol className={styles.strip} aria-label="Top-rated weeks">
        {strip.map((week) => (
          <li key={week.weekEnd} className={week.topRated ? styles.met : styles.missed} aria-label={`Week ending ${formatDay(week.weekEnd, locale)}: ${weekVerdict(week, bar, money)}`} title={`Week ending ${formatDay(week.weekEnd, locale)}: ${weekVerdict(week, bar, money)}`} />
        ))}
      </ol>
      <BarForm {...props} />
      <HowComputed>
        <p>
          Each point is the job success score at the end of that week, from what was known then; the current week ends today. The dashed line is the
          bar.
        </p>
        <p>
          A week is top rated when its score is at least {bar.minScore}, at least {money(bar.minEarnedBaseMinor)} was earned on contracts in the 12
          months up to it (whole months, payments recorded against a project), and no contract ended with poor feedback in the {bar.noPoorFeedbackDays}{' '}
          days before it.
        </p>
      </HowComputed>
    </section>
  );
}
