import type { TimeEntry } from '../../domain/model';
import { Duration } from '../../ui/Duration';
import { ActionMenu, type ActionMenuItem } from './ActionMenu';
import { formatClockTime } from '../../shared/date-display';
import { entryLabel, invoiceLockReason } from './entry-labels';
import type { DayEntryRow } from './group-entries-by-day';
import { ProjectDot } from './ProjectCombobox';
import { BillableIcon, LockIcon, PlayIcon, WarningIcon } from '../../ui/icons';
import styles from './day-list.module.css';
import pickers from './pickers.module.css';

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
    <div className={[styles.entryRow, row.running && styles.entryRowRunning].filter(Boolean).join(' ')}>
      <div className={styles.entryRowWhat}>
        <p className={styles.entryRowDescription}>
          {description === '' ? <span className="muted">No description</span> : <span>{description}</span>}
          {row.running && <span className="badge badge-accent">Running</span>}
          {row.continued && <span className={styles.entryRowContinued}>crosses midnight</span>}
        </p>
        <p className={styles.entryRowProject}>
          <ProjectDot projectId={entry.projectId} />
          <span className={styles.entryRowProjectName}>{projectName ?? 'Unknown project'}</span>
          {clientName !== undefined && <span className={styles.entryRowClient}>{clientName}</span>}
          {entry.tags.map((tag) => (
            <span key={tag} className={styles.entryTag}>
              {tag}
            </span>
          ))}
        </p>
        {overlap !== undefined && (
          <p className={styles.entryRowOverlap}>
            <WarningIcon size={14} />
            {overlap}
          </p>
        )}
      </div>
      <div className={styles.entryRowFlags}>
        {entry.billable ? (
          <span className={`${styles.entryFlag} ${styles.entryFlagBillable}`} title="Billable">
            <BillableIcon size={14} />
            <span className="visually-hidden">Billable</span>
          </span>
        ) : (
          <span className={styles.entryFlag} title="Not billable">
            <span className="visually-hidden">Not billable</span>
          </span>
        )}
        {locked && (
          <span className={`${styles.entryFlag} ${styles.entryFlagLocked}`} title={lockReason}>
            <LockIcon size={14} />
            <span>{invoiceNumber ?? 'Draft invoice'}</span>
            <span className="visually-hidden">: {lockReason}</span>
          </span>
        )}
      </div>
      <p className={`${styles.entryRowTimes} tabular`}>
        {formatClockTime(row.start, entry.timeZone, locale)} – {row.running ? 'now' : formatClockTime(row.end, entry.timeZone, locale)}
      </p>
      <p className={styles.entryRowDuration}>
        <Duration ms={row.durationMs} />
      </p>
      <div className={styles.entryRowActions}>
        <button type="button" className={pickers.iconButton} aria-label={`Continue ${label}`} title="Continue: start a new timer like this entry" onClick={() => actions.onContinue(entry)}>
          <PlayIcon size={14} />
        </button>
        <ActionMenu label={`More actions for ${label}`} items={items} note={lockReason === undefined ? undefined : `${lockReason}.`} />
      </div>
    </div>
  );
}
