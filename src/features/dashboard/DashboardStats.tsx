import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { CurrencyAmount } from '../../domain/money';
import { formatMoneyAmounts } from '../../domain/money/format';
import { formatDuration } from '../../domain/time/format-duration';
import { parseDayKey } from '../../domain/time';
import { useDisplayLocale } from '../../shared/settings-context';
import { AmountList } from '../../ui/AmountList';
import { Duration } from '../../ui/Duration';
import { EmptyFigure } from '../../ui/EmptyFigure';
import { StatCard } from '../../ui/StatCard';
import { billableShare, type DashboardSummaryInput } from './dashboard-summary';
import styles from './DashboardStats.module.css';

function invoiceCount(count: number): string {
  return count === 1 ? '1 invoice' : `${count} invoices`;
}

function amountsText(amounts: readonly CurrencyAmount[], locale: string): string {
  return amounts.length === 0 ? 'nothing' : formatMoneyAmounts(amounts, locale);
}

function CardLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Link to={to} className="stat-card-link">
      {children}
    </Link>
  );
}

/**
 * The month at a glance: this month's figures from the rollups, each beside last month up to the same day once
 * those few weeks of records are read, and a link to the screen that explains it.
 */
export function DashboardStats({ thisMonth, outstanding, lastMonthSoFar }: DashboardSummaryInput) {
  const locale = useDisplayLocale();
  const share = billableShare(thisMonth);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const samePoint = lastMonthSoFar === undefined ? undefined : `To the ${ordinalDay(lastMonthSoFar.range.to)} last month`;
  const lastShare = lastMonthSoFar === undefined ? null : billableShare(lastMonthSoFar);

  return (
    <div className={`grid-cards ${styles.stats}`}>
      <StatCard
        label="Tracked this month"
        value={<Duration ms={thisMonth.trackedMs} />}
        hint={samePoint === undefined ? 'Comparing with last month…' : `${samePoint}: ${formatDuration(lastMonthSoFar?.trackedMs ?? 0, 'hours-minutes')}`}
      >
        <CardLink to="/time">Time</CardLink>
      </StatCard>
      <StatCard
        label="Billable share"
        value={share === null ? <EmptyFigure>No time yet</EmptyFigure> : percent.format(share)}
        hint={
          share === null ? (
            'Share of this month’s time you can bill'
          ) : (
            <>
              <Duration ms={thisMonth.billableMs} /> of <Duration ms={thisMonth.trackedMs} /> billable
              {samePoint !== undefined && lastShare !== null && ` · ${samePoint.toLowerCase()}: ${percent.format(lastShare)}`}
            </>
          )
        }
      />
      <StatCard
        label="Invoiced this month"
        value={<AmountList amounts={thisMonth.invoiced} none="Nothing yet" />}
        hint={samePoint === undefined ? 'Invoices issued this month' : `${samePoint}: ${amountsText(lastMonthSoFar?.invoiced ?? [], locale)}`}
      >
        <CardLink to="/invoices">Invoices</CardLink>
      </StatCard>
      <StatCard
        label="Received this month"
        value={<AmountList amounts={thisMonth.received} none="Nothing yet" />}
        hint={samePoint === undefined ? 'Payments dated this month, before fees' : `${samePoint}: ${amountsText(lastMonthSoFar?.received ?? [], locale)}`}
      >
        <CardLink to="/payments">Payments</CardLink>
      </StatCard>
      <StatCard
        label="Outstanding"
        value={outstanding === undefined ? <EmptyFigure>Reading invoices…</EmptyFigure> : <AmountList amounts={outstanding.owed} none="All paid" />}
        hint={
          outstanding === undefined
            ? 'Invoices awaiting payment'
            : outstanding.count === 0
              ? 'No invoice is waiting for payment'
              : `${invoiceCount(outstanding.count)} awaiting payment${outstanding.overdueCount > 0 ? ` · ${outstanding.overdueCount} overdue` : ''}`
        }
      >
        <CardLink to="/invoices?status=outstanding">Open invoices</CardLink>
      </StatCard>
    </div>
  );
}

/** "10th", "1st", "22nd", "31st": the day of the month a comparison stops at. */
function ordinalDay(day: string): string {
  const dayOfMonth = parseDayKey(day).dayOfMonth;
  const suffix = dayOfMonth % 10 === 1 && dayOfMonth !== 11 ? 'st' : dayOfMonth % 10 === 2 && dayOfMonth !== 12 ? 'nd' : dayOfMonth % 10 === 3 && dayOfMonth !== 13 ? 'rd' : 'th';
  return `${dayOfMonth}${suffix}`;
}
