import { useContext, useState } from 'react';
import { SettingsContext } from '../../shared/settings-context';
import { PageHeader } from '../../ui/PageHeader';
import { DashboardOnboarding } from './DashboardOnboarding';
import { DashboardStats } from './DashboardStats';
import { RecentEntriesTable } from './RecentEntriesTable';
import { useDisplayTimeZone } from '../../shared/use-display-time-zone';
import { useHoldsData } from '../../shared/use-holds-data';
import { CHART_MONTHS, useDashboardData } from './use-dashboard-data';
import { WeeklyHoursChart } from './WeeklyHoursChart';
import { EarningsChart } from './EarningsChart';
import { OwedInvoicesPanel } from './OwedInvoicesPanel';
import { WeekComparisonPanel } from './WeekComparisonPanel';
import styles from './DashboardScreen.module.css';

function DashboardFigures({ timeZone, weekStartsOn, holdsData }: { timeZone: string; weekStartsOn: number; holdsData: boolean | undefined }) {
  // Read the clock once per visit: the month boundaries and running durations stay consistent while shown.
  const [now] = useState(() => Date.now());
  const { months, earnings, comparison, outstanding, owed, clientsById, recentEntries, weeks } = useDashboardData(now, timeZone, weekStartsOn);
  // Rollup rows for these months already show the database holds records: the figures need not wait for the wider check.
  const showsFigures = holdsData === true || (holdsData === undefined && months?.fromRecords === true);
  if (!showsFigures) return null;
  if (months === undefined) return <p className="muted">Adding up your month…</p>;
  return (
    <div className="stack-lg">
      <DashboardStats thisMonth={months.thisMonth} outstanding={outstanding} lastMonthSoFar={comparison?.month.previous} />
      <div className={styles.panels}>
        {earnings !== undefined && <EarningsChart currencies={earnings} monthCount={CHART_MONTHS} />}
        {weeks !== undefined && <WeeklyHoursChart weeks={weeks} />}
        {comparison !== undefined && <WeekComparisonPanel week={comparison.week} />}
        {owed !== undefined && clientsById !== undefined && <OwedInvoicesPanel owed={owed} clientsById={clientsById} />}
      </div>
      {recentEntries === undefined ? <p className="muted">Reading your recent entries…</p> : <RecentEntriesTable rows={recentEntries} now={now} />}
    </div>
  );
}

/** The month at a glance once there is data; a guided first step before. */
export function DashboardScreen() {
  const settings = useContext(SettingsContext);
  const holdsData = useHoldsData();
  const timeZone = useDisplayTimeZone();

  return (
    <div className="page">
      <PageHeader title="Dashboard" description={holdsData === true ? 'This month so far, from your tracked time, payments and open invoices.' : undefined} />
      {holdsData === false && <DashboardOnboarding />}
      {/* The month is the one in the zone Settings name, so the figures wait for them rather than add up another month first. */}
      {settings !== undefined && <DashboardFigures timeZone={timeZone} weekStartsOn={settings.weekStartsOn} holdsData={holdsData} />}
    </div>
  );
}
