import { useId, type ReactNode } from 'react';
import styles from './Panel.module.css';

export interface PanelProps {
  title: string;
  /** Beside the title, at its end: a short summary, a choice, a toggle. */
  aside?: ReactNode;
  /** For the layout the panel sits in, such as spanning a grid's row. */
  className?: string;
  children?: ReactNode;
}

/** A titled card holding one chart, table or set of figures; a region named by its title. */
export function Panel({ title, aside, className, children }: PanelProps) {
  const headingId = useId();
  return (
    <section className={[styles.panel, className].filter(Boolean).join(' ')} aria-labelledby={headingId}>
      <div className={styles.header}>
        <h2 id={headingId} className={styles.title}>
          {title}
        </h2>
        {aside !== undefined && <div className={styles.aside}>{aside}</div>}
      </div>
      {children}
    </section>
  );
}
