import { useContext, useState, type ReactNode } from 'react';
import { SettingsContext } from '../../shared/settings-context';
import { PageHeader } from '../../ui/PageHeader';
import { DashboardOnboarding } from './DashboardOnboarding';
import { DashboardStats } from './DashboardStats';
import type { MonthSummary, OutstandingSummary } from './dashboard-summary';
import { RecentEntriesTable } from './RecentEntriesTable';
import { useDisplayTimeZone } from '../../shared/use-display-time-zone';
import { useHoldsData } from '../../shared/use-holds-data';
import { useDashboardData } from './use-dashboard-data';
import { CHART_MONTHS, useDashboardPanels } from './use-dashboard-panels';
import { WeeklyHoursChart } from './WeeklyHoursChart';
import { EarningsChart } from './EarningsChart';
import { OwedInvoicesPanel } from './OwedInvoicesPanel';
import { WeekComparisonPanel } from './WeekComparisonPanel';
import styles from './DashboardScreen.module.css';

function DashboardFigures({ timeZone, weekStartsOn, holdsData }: { timeZone: string; weekStartsOn: number; holdsData: boolean | undefined }) {
  // Read the clock once per visit: the month boundaries and running durations stay consistent while shown.
  const [now] = useState(() => Date.now());
  const { months, outstanding, owed, clientsById, recentEntries } = useDashboardData(now, timeZone);
  // Rollup rows for these months already show the database holds records: the figures need not wait for the wider check.
  const showsFigures = holdsData === true || (holdsData === undefined && months?.fromRecords === true);
  if (!showsFigures) return null;
  if (months === undefined) return <p className="muted">Adding up your month…</p>;
  return (
    <DashboardBody now={now} timeZone={timeZone} weekStartsOn={weekStartsOn} thisMonth={months.thisMonth} outstanding={outstanding}>
      {owed !== undefined && clientsById !== undefined && <OwedInvoicesPanel owed={owed} clientsById={clientsById} />}
      {recentEntries === undefined ? <p className="muted">Reading your recent entries…</p> : <RecentEntriesTable rows={recentEntries} now={now} />}
    </DashboardBody>
  );
}

interface DashboardBodyProps {
  now: number;
  timeZone: string;
  weekStartsOn: number;
  thisMonth: MonthSummary;
  outstanding: OutstandingSummary | undefined;
  /** The owed invoices, then the recent entries. */
  children: [ReactNode, ReactNode];
}

/** The month's figures, then the charts and comparisons, whose reads begin once the figures are on screen. */
function DashboardBody({ now, timeZone, weekStartsOn, thisMonth, outstanding, children: [owed, recent] }: DashboardBodyProps) {
  const { earnings, comparison, weeks } = useDashboardPanels(now, timeZone, weekStartsOn);
  return (
    <div className="stack-lg">
      <DashboardStats thisMonth={thisMonth} outstanding={outstanding} lastMonthSoFar={comparison?.month.previous} />
      <div className={styles.panels}>
        {earnings !== undefined && <EarningsChart currencies={earnings} monthCount={CHART_MONTHS} />}
        {weeks !== undefined && <WeeklyHoursChart weeks={weeks} />}
        {comparison !== undefined && <WeekComparisonPanel week={comparison.week} />}
        {owed}
      </div>
      {recent}
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
