import type { ReactNode } from 'react';
import styles from './Callout.module.css';

export interface CalloutProps {
  tone: 'danger' | 'warning' | 'success';
  /** A first line in bold: what the message is about. */
  title?: ReactNode;
  /** 'alert' for a refusal or failure the user must hear now, 'status' for an outcome; none for a standing caution. */
  role?: 'alert' | 'status';
  children: ReactNode;
}

/** A message boxed in its tone's colours inside a card, with an optional title line. */
export function Callout({ tone, title, role, children }: CalloutProps) {
  return (
    <div className={`${styles.callout} ${styles[tone]}`} role={role}>
      {title !== undefined && <p className={styles.title}>{title}</p>}
      {children}
    </div>
  );
}
