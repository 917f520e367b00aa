import { useDisplayLocale } from '../../app/use-settings';
import type { Client, Project, TimeEntry } from '../../domain/model';
import { formatDuration } from '../../domain/time';
import { Badge } from '../../ui/Badge';
import { formatClockTime } from './date-display';

interface RunningEntryCardProps {
  entry: TimeEntry;
  project: Project | undefined;
  client: Client | undefined;
  now: number;
}

/** The timer that is running right now, at the top of the screen so it is never lost in the list. */
export function RunningEntryCard({ entry, project, client, now }: RunningEntryCardProps) {
  const locale = useDisplayLocale();
  const elapsed = Math.max(0, now - entry.start);
  return (
    <section className="card time-running" aria-label="Running timer">
      <div className="time-running-main">
        <div className="time-running-heading">
          <Badge tone="accent">
            <span className="time-running-dot" aria-hidden="true" />
            Running
          </Badge>
          <span className="time-running-description">{entry.description.trim() === '' ? 'No description' : entry.description}</span>
        </div>
        <p className="time-running-meta">
          {project?.name ?? 'Unknown project'}
          {client !== undefined && <> · {client.name}</>} · started {formatClockTime(entry.start, entry.timeZone, locale)}
          {entry.billable ? ' · billable' : ' · not billable'}
        </p>
      </div>
      <time className="time-running-elapsed tabular" dateTime={`PT${Math.floor(elapsed / 1000)}S`} aria-label={`Elapsed ${formatDuration(elapsed, 'hours-minutes')}`}>
        {formatDuration(elapsed, 'clock')}
      </time>
    </section>
  );
}
