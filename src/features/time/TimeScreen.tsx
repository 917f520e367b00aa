import { useMemo } from 'react';
import { Link } from 'react-router';
import { AreaIcon } from '../../app/AreaIcon';
import { useSettings } from '../../app/use-settings';
import { addLocalDays, startOfLocalDay, weekRange } from '../../domain/time';
import { DemoDataButton } from '../../ui/DemoDataButton';
import { Duration } from '../../ui/Duration';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { StatCard } from '../../ui/StatCard';
import { groupEntriesByDay } from './group-entries-by-day';
import { RunningEntryCard } from './RunningEntryCard';
import { TimeDayGroup } from './TimeDayGroup';
import { timeTotals, withRunningEntry } from './time-totals';
import { recentDaysRange, todayKey } from './time-window';
import { useDisplayTimeZone } from './use-display-time-zone';
import { useNow } from './use-now';
import { useTimeOverview } from './use-time-overview';
import './time.css';

/** The timesheet is kept short on purpose: two weeks covers "what did I do" without scrolling through a year. */
const DAYS_SHOWN = 14;

/** The running timer and the last two weeks of tracked time, by local day. */
export function TimeScreen() {
  const settings = useSettings();
  const timeZone = useDisplayTimeZone();
  const weekStartsOn = settings?.weekStartsOn ?? 1;
  // A slow clock decides which days to query; the fast one ticks only while a timer runs.
  const today = todayKey(useNow(30_000), timeZone);
  const range = useMemo(() => recentDaysRange(today, timeZone, DAYS_SHOWN), [today, timeZone]);
  const overview = useTimeOverview(range);
  const now = useNow(overview?.running === undefined ? 30_000 : 1000);

  if (overview === undefined) {
    return (
      <div className="page" aria-busy="true">
        <PageHeader title="Time" />
      </div>
    );
  }

  if (!overview.hasAnyEntries) {
    return (
      <div className="page">
        <PageHeader title="Time" />
        <EmptyState
          icon={<AreaIcon area="time" />}
          title="No time tracked yet"
          description={
            <>
              <p>
                Your timesheet will show a running timer at the top and the last two weeks of work below, day by day, with what is
                billable and what has been invoiced.
              </p>
              <p>Time is tracked against a project, so set up a client and a project first, or load demo data to look around.</p>
            </>
          }
          actions={
            <>
              <DemoDataButton variant="primary" />
              <Link to="/projects" className="button button-secondary">
                Go to Projects
              </Link>
            </>
          }
        />
      </div>
    );
  }

  const entries = withRunningEntry(overview.entries, overview.running);
  const week = weekRange(now, weekStartsOn, timeZone);
  const totals = timeTotals(
    entries,
    now,
    { from: startOfLocalDay(today, timeZone), to: startOfLocalDay(addLocalDays(today, 1), timeZone) },
    { from: week.start, to: week.end },
  );
  // A timer left running for weeks would otherwise fill the list with days older than the ones shown.
  const firstDayShown = addLocalDays(today, 1 - DAYS_SHOWN);
  const days = groupEntriesByDay(entries, now).filter((day) => day.day >= firstDayShown);
  const { running } = overview;

  return (
    <div className="page">
      <PageHeader
        title="Time"
        description={
          <>
            This week: <Duration ms={totals.weekMs} /> tracked, <Duration ms={totals.weekBillableMs} /> billable · {overview.entries.length}{' '}
            {overview.entries.length === 1 ? 'entry' : 'entries'} in the last {DAYS_SHOWN} days
          </>
        }
      />
      <div className="stack-lg">
        {running !== undefined && (
          <RunningEntryCard
            entry={running}
            project={overview.projectsById.get(running.projectId)}
            client={overview.clientsById.get(running.clientId)}
            now={now}
          />
        )}
        <section aria-labelledby="time-totals-title">
          <h2 id="time-totals-title" className="visually-hidden">
            Totals
          </h2>
          <div className="grid-cards">
            <StatCard label="Today" value={<Duration ms={totals.todayMs} />} />
            <StatCard label="This week" value={<Duration ms={totals.weekMs} />} hint={`Week starts ${weekStartName(weekStartsOn)}`} />
            <StatCard label="Billable this week" value={<Duration ms={totals.weekBillableMs} />} hint={billableShare(totals.weekBillableMs, totals.weekMs)} />
          </div>
        </section>
        {days.length === 0 ? (
          <p className="card card-body muted">Nothing tracked in the last {DAYS_SHOWN} days.</p>
        ) : (
          days.map((day) => <TimeDayGroup key={day.day} day={day} today={today} projectsById={overview.projectsById} clientsById={overview.clientsById} />)
        )}
      </div>
    </div>
  );
}

function weekStartName(weekStartsOn: 0 | 1 | 6): string {
  return weekStartsOn === 0 ? 'on Sunday' : weekStartsOn === 6 ? 'on Saturday' : 'on Monday';
}

function billableShare(billableMs: number, totalMs: number): string {
  if (totalMs === 0) return 'Nothing tracked yet this week';
  return `${Math.round((billableMs / totalMs) * 100)} % of tracked time`;
}
