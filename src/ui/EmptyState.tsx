import type { ReactNode } from 'react';

/** What a screen will hold once it has data, and the first things to do. */
export function EmptyState({ title, description, actions, icon }: { title: string; description: ReactNode; actions?: ReactNode; icon?: ReactNode }) {
  return (
    <section className="empty-state" aria-label={title}>
      {icon !== undefined && (
        <div className="empty-state-icon" aria-hidden="true">
          {icon}
        </div>
      )}
      <h2 className="empty-state-title">{title}</h2>
      <div className="empty-state-description">{description}</div>
      {actions !== undefined && <div className="empty-state-actions">{actions}</div>}
    </section>
  );
}
