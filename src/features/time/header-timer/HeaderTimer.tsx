import { useRef, useState, type KeyboardEvent } from 'react';
import type { TimeEntryInput } from '../../../domain/model';
import { formatDuration } from '../../../domain/time';
import { formatClockTime } from '../../../shared/date-display';
import { firstErrorMessage } from '../entry-labels';
import { ProjectCombobox } from '../ProjectCombobox';
import { BillableIcon, PlayIcon, StopIcon } from '../../../ui/icons';
import { useNow } from '../../../shared/use-now';
import { useTimeReference } from '../time-reference';
import { useEntryCommands } from '../use-entry-commands';
import { useAnnounce } from '../../../ui/Announcer';
import { useDisplayLocale } from '../../../shared/settings-context';
import { TagPicker } from './TagPicker';
import { useTimer } from './timer-context';
import styles from './HeaderTimer.module.css';

/**
 * The timer, always in the header: what you are working on, for which project, with which tags, whether it bills,
 * and for how long. Before a timer runs it holds the next one (Enter or the play button starts it); while one runs,
 * the same fields edit the running entry and the button stops it.
 */
export function HeaderTimer() {
  const { running, draft, setDraft, actions, startFromDraft, projectPickerRequest } = useTimer();
  const reference = useTimeReference();
  const announce = useAnnounce();
  const { saveEntry } = useEntryCommands();
  const locale = useDisplayLocale();
  const now = useNow(running ? 1000 : 60_000);
  const [editedDescription, setEditedDescription] = useState<string | null>(null);
  // A ref, not state: a second press while the first start or stop is being written is ignored, and the press itself
  // draws nothing, so the timer's change is on screen one frame sooner.
  const writing = useRef(false);
  const primaryButtonRef = useRef<HTMLButtonElement>(null);

  const entry = running?.entry;
  const isRunning = entry !== undefined;

  const saveRunning = async (patch: Partial<TimeEntryInput>) => {
    if (entry === undefined) return;
    const result = await saveEntry(entry.id, patch);
    if (!result.ok) announce(`The running timer was not changed: ${firstErrorMessage(result.errors)}`, 'danger');
  };

  const projectBillable = (projectId: string | undefined) => {
    const project = projectId === undefined ? undefined : reference?.projectsById.get(projectId);
    return project === undefined || project.billing.kind !== 'nonBillable';
  };

  const description = isRunning ? (editedDescription ?? entry.description) : draft.description;
  const projectId = isRunning ? entry.projectId : draft.projectId;
  const tags = isRunning ? entry.tags : draft.tags;
  const billable = isRunning ? entry.billable : (draft.billable ?? projectBillable(draft.projectId));

  const commitDescription = () => {
    if (!isRunning || editedDescription === null) return;
    const next = editedDescription.trim();
    setEditedDescription(null);
    if (next !== entry.description) void saveRunning({ description: next });
  };

  const runPrimary = async () => {
    if (writing.current) return;
    writing.current = true;
    try {
      if (isRunning) {
        commitDescription();
        await actions.stop();
      } else {
        await startFromDraft();
      }
    } finally {
      writing.current = false;
    }
  };

  const handleDescriptionKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      if (isRunning) commitDescription();
      else void runPrimary();
    } else if (event.key === 'Escape' && isRunning) {
      setEditedDescription(null);
    }
  };

  const elapsed = isRunning ? Math.max(0, now - entry.start) : 0;
  const startedAt = isRunning ? formatClockTime(entry.start, entry.timeZone, locale) : undefined;

  return (
    <section className={[styles.timerBar, isRunning && styles.timerBarRunning].filter(Boolean).join(' ')} aria-label="Timer">
      <input
        type="text"
        className={styles.timerBarDescription}
        aria-label="What are you working on?"
        placeholder="What are you working on?"
        autoComplete="off"
        maxLength={2000}
        value={description}
        onChange={(event) => (isRunning ? setEditedDescription(event.target.value) : setDraft({ ...draft, description: event.target.value }))}
        onBlur={commitDescription}
        onKeyDown={handleDescriptionKey}
      />
      <ProjectCombobox
        ariaLabel="Project"
        placeholder="Project"
        className={styles.timerBarProject}
        options={reference?.projectOptions ?? []}
        recentIds={reference?.recentProjectIds ?? []}
        value={projectId}
        openRequest={projectPickerRequest}
        onRequestDismissed={() => primaryButtonRef.current?.focus()}
        onChange={(chosen) => {
          if (isRunning) void saveRunning({ projectId: chosen });
          else setDraft({ ...draft, projectId: chosen });
        }}
      />
      <TagPicker
        tags={tags}
        knownTags={reference?.knownTags ?? []}
        onChange={(next) => {
          if (isRunning) void saveRunning({ tags: next });
          else setDraft({ ...draft, tags: next });
        }}
      />
      <button
        type="button"
        className={[styles.timerBarToggle, billable && styles.timerBarToggleOn, billable && styles.timerBarBillable].filter(Boolean).join(' ')}
        aria-label="Billable"
        aria-pressed={billable}
        title={billable ? 'Billable: click to make it non-billable' : 'Not billable: click to make it billable'}
        onClick={() => {
          if (isRunning) void saveRunning({ billable: !billable });
          else setDraft({ ...draft, billable: !billable });
        }}
      >
        <BillableIcon />
      </button>
      <span className={`${styles.timerBarElapsed} tabular`} role="timer" aria-label="Elapsed time" title={startedAt === undefined ? undefined : `Started at ${startedAt}`}>
        {formatDuration(elapsed, 'clock')}
      </span>
      <button
        ref={primaryButtonRef}
        type="button"
        className={[styles.timerBarPrimary, isRunning && styles.timerBarStop].filter(Boolean).join(' ')}
        aria-label={isRunning ? 'Stop timer' : 'Start timer'}
        title={isRunning ? `Stop timer (running for ${formatDuration(elapsed, 'hours-minutes')})` : 'Start timer'}
        disabled={running === undefined}
        onClick={() => void runPrimary()}
      >
        {isRunning ? <StopIcon /> : <PlayIcon />}
      </button>
    </section>
  );
}
