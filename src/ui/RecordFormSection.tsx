import type { ReactNode } from 'react';
import styles from './RecordFormSection.module.css';

/** One titled part of a create or edit form: what it is about on the left, its fields on the right. */
export function RecordFormSection({ title, description, children }: { title: string; description: ReactNode; children: ReactNode }) {
  return (
    <section className={styles.section} aria-label={title}>
      <div className={styles.intro}>
        <h2>{title}</h2>
        <p>{description}</p>
      </div>
      <div className="form-grid">{children}</div>
    </section>
  );
}
