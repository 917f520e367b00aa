import type { ReactNode } from 'react';

/** One titled part of a create or edit form: what it is about on the left, its fields on the right. */
export function RecordFormSection({ title, description, children }: { title: string; description: ReactNode; children: ReactNode }) {
  return (
    <section className="record-form-section" aria-label={title}>
      <div className="record-form-section-intro">
        <h2>{title}</h2>
        <p>{description}</p>
      </div>
      <div className="form-grid">{children}</div>
    </section>
  );
}
