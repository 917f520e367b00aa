import type { ReactNode } from 'react';
import styles from './FormActionBar.module.css';

/** A record form's buttons with a line on what saving does, kept in view at the bottom while the form scrolls. */
export function FormActionBar({ note, children }: { note: ReactNode; children: ReactNode }) {
  return (
    <div className={styles.actions}>
      <p className={styles.note}>{note}</p>
      {children}
    </div>
  );
}
