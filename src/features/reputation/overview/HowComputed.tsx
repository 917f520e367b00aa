import type { ReactNode } from 'react';
import styles from './HowComputed.module.css';

interface HowComputedProps {
  children: ReactNode;
  summary?: string;
  /** The figure explained, read after the summary by assistive technology alone, so a dozen disclosures on one page each have a name of their own. */
  name?: string;
  /** Told when the disclosure opens or closes, for content worth building only once asked for. */
  onToggle?: (open: boolean) => void;
}

/** The formula in words and the records behind a figure, folded away until asked for. */
export function HowComputed({ children, summary = 'How is this computed?', name, onToggle }: HowComputedProps) {
  return (
    <details className={styles.details} onToggle={onToggle === undefined ? undefined : (event) => onToggle(event.currentTarget.open)}>
      <summary className={styles.summary}>
        {summary}
        {name !== undefined && <span className="visually-hidden"> ({name})</span>}
      </summary>
      <div className={styles.body}>{children}</div>
    </details>
  );
}
