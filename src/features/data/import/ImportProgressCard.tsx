import { useId } from 'react';
import { progressPercent } from './import-flow-state';
import styles from './ImportProgressCard.module.css';

interface ImportProgressCardProps {
  title: string;
  /** The progress bar's accessible name. */
  label: string;
  detail: string;
  /** Omitted while the amount of work is not known yet: the bar then shows activity without a figure. */
  done?: number;
  total?: number;
  /** False inside another card, where a second frame would only add a border. */
  framed?: boolean;
}

/** A step that takes a moment, with a real progress bar, so a large file never looks like a frozen window. */
export function ImportProgressCard({ title, label, detail, done, total, framed = true }: ImportProgressCardProps) {
  const titleId = useId();
  const known = done !== undefined && total !== undefined && total > 0;
  const percent = known ? progressPercent(done, total) : undefined;
  return (
    <section className={framed ? 'card' : undefined} aria-labelledby={titleId}>
      <div className={framed ? 'card-body stack' : 'stack'}>
        {framed ? <h2 id={titleId}>{title}</h2> : <h3 id={titleId}>{title}</h3>}
        <div
          role="progressbar"
          aria-label={label}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          aria-valuetext={percent === undefined ? detail : `${percent}%`}
          className={percent === undefined ? `${styles.progressTrack} ${styles.progressIndeterminate}` : styles.progressTrack}
        >
          <div className={styles.progressFill} style={{ width: `${percent ?? 35}%` }} />
        </div>
        <p className="muted small">{detail}</p>
      </div>
    </section>
  );
}
