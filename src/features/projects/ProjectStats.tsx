import type { Feedback, Project } from '../../domain/model';
import { billableValueMinor, type ProjectUsage } from '../../domain/projects/budget-burn';
import { hourlyRateMinor } from '../../domain/clients/client-metrics';
import { Duration } from '../../ui/Duration';
import { Money } from '../../ui/Money';
import { StatCard } from '../../ui/StatCard';
import { averageRatingTenths } from '../../domain/reputation/rating';
import { StarRating } from '../../ui/StarRating';
import styles from './ProjectDetailPage.module.css';

function ThirdFigure({ project, usage }: { project: Project; usage: ProjectUsage }) {
  const { billing, currency } = project;
  if (billing.kind === 'hourly') {
    return (
      <StatCard
        label="Billable value"
        value={<Money amountMinor={billableValueMinor(billing.rateMinor, usage.billableMs)} currency={currency} />}
        hint={<>Billable time at <Money amountMinor={billing.rateMinor} currency={currency} /> / h, invoiced or not</>}
      />
    );
  }
  if (billing.kind === 'fixed') {
    const rate = hourlyRateMinor(billing.amountMinor, usage.trackedMs);
    return (
      <StatCard
        label="Effective rate"
        value={rate === undefined ? <span className="muted">—</span> : <><Money amountMinor={rate} currency={currency} /><span className={styles.statUnit}> / h</span></>}
        hint={rate === undefined ? 'Needs tracked time' : 'Fixed price ÷ hours tracked'}
      />
    );
  }
  return <StatCard label="Billable value" value={<span className="muted">—</span>} hint="Not billable: time is tracked, never invoiced" />;
}

/** The project at a glance: time, money, and what the client thought. */
export function ProjectStats({ project, usage, feedback }: { project: Project; usage: ProjectUsage; feedback: readonly Feedback[] }) {
  const average = averageRatingTenths(feedback);
  return (
    <div className={styles.stats}>
      <StatCard label="Hours tracked" value={<Duration ms={usage.trackedMs} />} hint={<><Duration ms={usage.billableMs} /> billable</>} />
      <StatCard label="Invoiced" value={<Money amountMinor={usage.invoicedNetMinor} currency={project.currency} />} hint="Project lines on issued invoices, before tax" />
      <ThirdFigure project={project} usage={usage} />
      <StatCard
        label="Rating"
        value={average === undefined ? <span className="muted">—</span> : <StarRating ratingTenths={average} />}
        hint={feedback.length === 0 ? 'No feedback yet' : `Average of ${feedback.length} ${feedback.length === 1 ? 'review' : 'reviews'}`}
      />
    </div>
  );
}
