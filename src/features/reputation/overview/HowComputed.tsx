import type { ReactNode } from 'react';
import styles from './HowComputed.module.css';

/** The formula in words and the records behind a figure, folded away until asked for. */
export function HowComputed({ children, summary = 'How is this computed?' }: { children: ReactNode; summary?: string }) {
  return (
    <details className={styles.details}>
      <summary className={styles.summary}>{summary}</summary>
      <div className={styles.body}>{children}</div>
    </details>
  );
}
