import { useId, type ReactNode } from 'react';

/** One titled card of the Settings screen. */
export function SettingsSection({ title, description, children }: { title: string; description: ReactNode; children: ReactNode }) {
  const titleId = useId();
  return (
    <section className="card settings-section" aria-labelledby={titleId}>
      <div className="settings-section-intro">
        <h2 id={titleId} className="section-title">
          {title}
        </h2>
        <p className="section-description">{description}</p>
      </div>
      <div className="settings-section-body">{children}</div>
    </section>
  );
}
