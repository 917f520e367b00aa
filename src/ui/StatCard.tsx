import { useId, type ReactNode } from 'react';

/** One headline figure with its label, an optional line explaining it, and anything that belongs under it. */
export function StatCard({ label, value, hint, children }: { label: string; value: ReactNode; hint?: ReactNode; children?: ReactNode }) {
  const labelId = useId();
  return (
    <div role="group" className="stat-card" aria-labelledby={labelId}>
      <p id={labelId} className="stat-card-label">
        {label}
      </p>
      <div className="stat-card-value">{value}</div>
      {hint !== undefined && <p className="stat-card-hint">{hint}</p>}
      {children}
    </div>
  );
}
