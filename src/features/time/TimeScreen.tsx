import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { AreaIcon } from '../../ui/AreaIcon';
import { useSettings } from '../../shared/use-settings';
import type { TimeEntry } from '../../domain/model';
import { addLocalDays, startOfLocalDay, weekRange } from '../../domain/time';
import { Button } from '../../ui/Button';
import { DemoDataButton } from '../../shared/DemoDataButton';
import { Duration } from '../../ui/Duration';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { StatCard } from '../../ui/StatCard';
import { DayListView } from './DayListView';
import { EntryDialog } from './EntryDialog';
import type { EntryDialogTarget } from './use-entry-form';
import { ExportDialog } from './ExportDialog';
import { SplitDialog } from './SplitDialog';
import { DownloadIcon, PlusIcon } from '../../ui/icons';
import { filtersFromSearchParams, searchParamsWithFilters, searchParamsWithView, viewFromSearchParams, type TimeFilters, type TimeView } from './time-filters';
import { timeTotals, withRunningEntry } from './time-totals';
import { TimeViewTabs } from './TimeViewTabs';
import { todayKey } from '../../domain/time-tracking/time-window';
import { useDisplayTimeZone } from '../../shared/use-display-time-zone';
import { useNow } from '../../shared/use-now';
import { useTimeOverview } from './use-time-overview';
import { useTimeReference } from './time-reference';
import { useRunningEntry } from './header-timer/timer-context';
import { WeekView } from './WeekView';

/** The timesheet: headline totals, then the day list or the week grid, both filtered alike. */
export function TimeScreen() {
  const settings = useSettings();
  const timeZone = useDisplayTimeZone();
  const weekStartsOn = settings?.weekStartsOn ?? 1;
  const [params, setParams] = useSearchParams();
  const view = viewFromSearchParams(params);
  const filters = useMemo(() => filtersFromSearchParams(params), [params]);

  // A slow clock decides which days to query; the running timer's row ticks faster inside the list.
  const slowNow = useNow(30_000);
  const today = todayKey(slowNow, timeZone);
  const thisWeek = weekRange(startOfLocalDay(today, timeZone), weekStartsOn, timeZone);
  const overview = useTimeOverview({ from: thisWeek.start, to: thisWeek.end });
  const running = useRunningEntry();
  const now = useNow(running === undefined || running === null ? 30_000 : 15_000);
  const reference = useTimeReference();

  const [entryDialog, setEntryDialog] = useState<EntryDialogTarget | null>(null);
  const [splitting, setSplitting] = useState<TimeEntry | null>(null);
  const [exporting, setExporting] = useState(false);
  // Stable, so the list and the grid (memoised) draw again only when what they show changed.
  const editEntry = useCallback((entry: TimeEntry) => setEntryDialog({ kind: 'edit', entry }), []);
  const setFilters = useCallback((next: TimeFilters) => setParams((current) => searchParamsWithFilters(current, next), { replace: true }), [setParams]);

  // "New time entry" from the palette arrives as ?new=entry: open the dialog once and take the request off the address,
  // so Back or a reload does not open it again.
  const asksForNewEntry = params.get('new') === 'entry';
  useEffect(() => {
    if (!asksForNewEntry) return;
    setEntryDialog({ kind: 'new' });
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.delete('new');
        return next;
      },
      { replace: true },
    );
  }, [asksForNewEntry, setParams]);

  if (overview === undefined || reference === undefined || running === undefined) {
    return (
      <div className="page" aria-busy="true">
        <PageHeader title="Time" />
      </div>
    );
  }

  const setView = (next: TimeView) => setParams(searchParamsWithView(params, next), { replace: true });
  const addEntry = () => setEntryDialog({ kind: 'new' });

  const dialogs = (
    <>
      <EntryDialog target={entryDialog} onClose={() => setEntryDialog(null)} reference={reference} timeZone={timeZone} />
      <SplitDialog entry={splitting} projectName={splitting === null ? undefined : reference.projectNames.get(splitting.projectId)} onClose={() => setSplitting(null)} />
      <ExportDialog open={exporting} onClose={() => setExporting(false)} filters={filters} reference={reference} today={today} weekStartsOn={weekStartsOn} timeZone={timeZone} />
    </>
  );

  if (!overview.hasAnyEntries) {
    const hasProjects = reference.projectOptions.length > 0;
    return (
      <div className="page">
        <PageHeader title="Time" />
        <EmptyState
          icon={<AreaIcon area="time" />}
          title="No time tracked yet"
          description={
            <>
              <p>
                Start the timer in the bar at the top of the window when you begin work, or add time afterwards. Your days and weeks
                appear here with their totals, as a list or as a weekly timesheet you can type hours into.
              </p>
              <p>
                {hasProjects
                  ? 'Time is tracked against a project: pick one in the timer bar and press Start timer.'
                  : 'Time is tracked against a project, so set up a client and a project first, or load demo data to look around.'}
              </p>
            </>
          }
          actions={
            hasProjects ? (
              <Button variant="primary" onClick={addEntry}>
                <PlusIcon />
                Add time entry
              </Button>
            ) : (
              <>
                <DemoDataButton variant="primary" />
                <Link to="/projects" className="button button-secondary">
                  Go to Projects
                </Link>
              </>
            )
          }
        />
        {dialogs}
      </div>
    );
  }

  const weekEntries = withRunningEntry(overview.entries, running ?? undefined);
  const totals = timeTotals(
    weekEntries,
    now,
    { from: startOfLocalDay(today, timeZone), to: startOfLocalDay(addLocalDays(today, 1), timeZone) },
    { from: thisWeek.start, to: thisWeek.end },
  );

  return (
    <div className="page">
      <PageHeader
        title="Time"
        description={
          <>
            This week: <Duration ms={totals.weekMs} /> tracked, <Duration ms={totals.weekBillableMs} /> billable.
          </>
        }
        actions={
          <>
            <Button variant="secondary" onClick={() => setExporting(true)}>
              <DownloadIcon />
              Export CSV
            </Button>
            <Button variant="primary" onClick={addEntry}>
              <PlusIcon />
              Add time entry
            </Button>
          </>
        }
      />
      <div className="stack-lg">
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
        <TimeViewTabs view={view} onChange={setView}>
          {view === 'list' ? (
            <DayListView
              filters={filters}
              onFiltersChange={setFilters}
              reference={reference}
              today={today}
              timeZone={timeZone}
              weekStartsOn={weekStartsOn}
              now={now}
              running={running}
              onEdit={editEntry}
              onSplit={setSplitting}
            />
          ) : (
            <WeekView filters={filters} onFiltersChange={setFilters} reference={reference} today={today} timeZone={timeZone} weekStartsOn={weekStartsOn} now={now} />
          )}
        </TimeViewTabs>
      </div>
      {dialogs}
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
