import type { TimeEntry } from '../../domain/model';
import { Duration } from '../../ui/Duration';
import { ActionMenu, type ActionMenuItem } from './ActionMenu';
import { formatClockTime } from '../../shared/date-display';
import { entryLabel, invoiceLockReason } from './entry-labels';
import type { DayEntryRow } from './group-entries-by-day';
import { ProjectDot } from './ProjectCombobox';
import { BillableIcon, LockIcon, PlayIcon, WarningIcon } from '../../ui/icons';

/** What the list can do with an entry; the screen wires these to the repositories. */
export interface EntryRowActions {
  onContinue: (entry: TimeEntry) => void;
  onEdit: (entry: TimeEntry) => void;
  onSplit: (entry: TimeEntry) => void;
  onDuplicate: (entry: TimeEntry) => void;
  onDelete: (entry: TimeEntry) => void;
}

interface EntryRowProps {
  row: DayEntryRow;
  projectName: string | undefined;
  clientName: string | undefined;
  /** The invoice number when the entry is on an issued invoice; undefined for a draft or no invoice. */
  invoiceNumber: string | undefined;
  /** Names the overlapping entries; undefined when there are none. */
  overlap: string | undefined;
  locale: string;
  actions: EntryRowActions;
}

/** One entry of the day list: what, for whom, when and how long, with its flags and actions. */
export function EntryRow({ row, projectName, clientName, invoiceNumber, overlap, locale, actions }: EntryRowProps) {
  const { entry } = row;
  const label = entryLabel(entry, projectName);
  const locked = entry.invoiceId !== undefined;
  const lockReason = locked ? invoiceLockReason(invoiceNumber) : undefined;
  const description = entry.description.trim();

  const items: ActionMenuItem[] = [
    { label: 'Edit…', run: () => actions.onEdit(entry), disabledReason: lockReason },
    { label: 'Split…', run: () => actions.onSplit(entry), disabledReason: lockReason ?? (row.running ? 'Stop the timer before splitting this entry' : undefined) },
    { label: 'Duplicate', run: () => actions.onDuplicate(entry), disabledReason: row.running ? 'Stop the timer before duplicating this entry' : undefined },
    { label: 'Delete', run: () => actions.onDelete(entry), tone: 'danger', disabledReason: lockReason },
  ];

  return (
    <div className={['entry-row', row.running ? 'entry-row-running' : '', overlap !== undefined ? 'entry-row-overlapping' : ''].filter(Boolean).join(' ')}>
      <div className="entry-row-what">
        <p className="entry-row-description">
          {description === '' ? <span className="muted">No description</span> : <span className="entry-row-description-text">{description}</span>}
          {row.running && <span className="badge badge-accent">Running</span>}
          {row.continued && <span className="entry-row-continued">crosses midnight</span>}
        </p>
        <p className="entry-row-project">
          <ProjectDot projectId={entry.projectId} />
          <span className="entry-row-project-name">{projectName ?? 'Unknown project'}</span>
          {clientName !== undefined && <span className="entry-row-client">{clientName}</span>}
          {entry.tags.map((tag) => (
            <span key={tag} className="entry-tag">
              {tag}
            </span>
          ))}
        </p>
        {overlap !== undefined && (
          <p className="entry-row-overlap">
            <WarningIcon size={14} />
            {overlap}
          </p>
        )}
      </div>
      <div className="entry-row-flags">
        {entry.billable ? (
          <span className="entry-flag entry-flag-billable" title="Billable">
            <BillableIcon size={14} />
            <span className="visually-hidden">Billable</span>
          </span>
        ) : (
          <span className="entry-flag" title="Not billable">
            <span className="visually-hidden">Not billable</span>
          </span>
        )}
        {locked && (
          <span className="entry-flag entry-flag-locked" title={lockReason}>
            <LockIcon size={14} />
            <span>{invoiceNumber ?? 'Draft invoice'}</span>
            <span className="visually-hidden">: {lockReason}</span>
          </span>
        )}
      </div>
      <p className="entry-row-times tabular">
        {formatClockTime(row.start, entry.timeZone, locale)} – {row.running ? 'now' : formatClockTime(row.end, entry.timeZone, locale)}
      </p>
      <p className="entry-row-duration">
        <Duration ms={row.durationMs} />
      </p>
      <div className="entry-row-actions">
        <button type="button" className="icon-button" aria-label={`Continue ${label}`} title="Continue: start a new timer like this entry" onClick={() => actions.onContinue(entry)}>
          <PlayIcon size={14} />
        </button>
        <ActionMenu label={`More actions for ${label}`} items={items} note={lockReason === undefined ? undefined : `${lockReason}.`} />
      </div>
    </div>
  );
}
