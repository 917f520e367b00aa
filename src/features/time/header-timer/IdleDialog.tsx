import { useId } from 'react';
import type { IdleDecision, IdlePrompt } from '../../../domain/time-tracking/idle-machine';
import { formatDuration } from '../../../domain/time';
import { formatClockTime } from '../../../shared/date-display';
import { Dialog } from '../../../ui/Dialog';
import { useDisplayLocale } from '../../../shared/settings-context';
import { idleChoices } from './idle-choices';
import styles from './IdleDialog.module.css';

interface IdleDialogProps {
  prompt: IdlePrompt | null;
  /** The running entry's zone, for the wall-clock times. */
  timeZone: string;
  description: string;
  projectName: string;
  busy: boolean;
  onDecide: (decision: IdleDecision) => void;
}

/**
 * "You were idle": shown when the user comes back after the idle threshold while a timer ran. It waits for an answer
 * (Escape does not dismiss it), because every answer is a decision about tracked time.
 */
export function IdleDialog({ prompt, timeZone, description, projectName, busy, onDecide }: IdleDialogProps) {
  const locale = useDisplayLocale();
  const idPrefix = useId();
  const idleStart = prompt === null ? '' : formatClockTime(prompt.idleStart, timeZone, locale);
  const idleEnd = prompt === null ? '' : formatClockTime(prompt.idleEnd, timeZone, locale);
  const away = prompt === null ? '' : formatDuration(prompt.idleEnd - prompt.idleStart, 'hours-minutes');
  const what = description.trim() === '' ? projectName : `“${description.trim()}” on ${projectName}`;

  return (
    <Dialog
      open={prompt !== null}
      onClose={() => undefined}
      role="alertdialog"
      size="md"
      title="You were idle"
      description={
        <p>
          No activity from <span className={styles.idleSpan}>{idleStart}</span> to <span className={styles.idleSpan}>{idleEnd}</span> ({away}) while the timer for {what} was
          running. What should happen to that time?
        </p>
      }
    >
      {prompt !== null && (
        <ul className={styles.idleChoices}>
          {idleChoices({ idleStart, idleEnd, projectName }).map((choice, index) => (
            <li key={choice.decision} className={styles.idleChoice}>
              {/* The button's text is its name alone; what it does is its description, and the whole card clicks it. */}
              <button
                type="button"
                className={styles.idleChoiceButton}
                aria-describedby={`${idPrefix}-${choice.decision}-effect`}
                disabled={busy}
                data-autofocus={index === 0 ? '' : undefined}
                onClick={() => onDecide(choice.decision)}
              >
                {choice.label}
              </button>
              <p id={`${idPrefix}-${choice.decision}-effect`} className={styles.idleChoiceEffect}>
                {choice.effect}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Dialog>
  );
}
