import { useDisplayLocale } from '../../shared/settings-context';
import { Duration } from '../../ui/Duration';
import { AmountList } from '../../ui/AmountList';
import { EmptyFigure } from '../../ui/EmptyFigure';
import { StatCard } from '../../ui/StatCard';
import { billableShare, type DashboardSummaryInput } from './dashboard-summary';

function invoiceCount(count: number): string {
  return count === 1 ? '1 invoice' : `${count} invoices`;
}

/** The month at a glance, every figure taken from the rollups and open invoices. */
export function DashboardStats({ thisMonth, lastMonth, outstanding }: DashboardSummaryInput) {
  const locale = useDisplayLocale();
  const share = billableShare(thisMonth);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });

  return (
    <div className="grid-cards">
      <StatCard
        label="Tracked this month"
        value={<Duration ms={thisMonth.trackedMs} />}
        hint={
          <>
            Last month: <Duration ms={lastMonth.trackedMs} />
          </>
        }
      />
      <StatCard
        label="Billable share"
        value={share === null ? <EmptyFigure>No time yet</EmptyFigure> : percent.format(share)}
        hint={
          share === null ? (
            'Share of this month’s time you can bill'
          ) : (
            <>
              <Duration ms={thisMonth.billableMs} /> of <Duration ms={thisMonth.trackedMs} /> billable
            </>
          )
        }
      />
      <StatCard label="Received this month" value={<AmountList amounts={thisMonth.received} none="Nothing yet" />} hint="Payments dated this month, before fees" />
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
      />
    </div>
  );
}
