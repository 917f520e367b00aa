import styles from './ViewToggle.module.css';

export type ProposalsViewMode = 'board' | 'table';

/** Board or table: two pressed-state buttons in a group, the chosen one kept in the address. */
export function ViewToggle({ view, onChange }: { view: ProposalsViewMode; onChange: (view: ProposalsViewMode) => void }) {
  return (
    <div className={styles.proposalViewToggle} role="group" aria-label="View">
      {(['board', 'table'] as const).map((mode) => (
        <button key={mode} type="button" className={styles.proposalViewOption} aria-pressed={view === mode} onClick={() => onChange(mode)}>
          <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
            {mode === 'board' ? (
              <path d="M2.5 3h3v10h-3zM6.5 3h3v7h-3zM10.5 3h3v5h-3z" fill="none" stroke="currentColor" strokeWidth="1.3" strokeLinejoin="round" />
            ) : (
              <path d="M2.5 3.5h11M2.5 6.5h11M2.5 9.5h11M2.5 12.5h11" stroke="currentColor" strokeWidth="1.3" strokeLinecap="round" />
            )}
          </svg>
          {mode === 'board' ? 'Board' : 'Table'}
        </button>
      ))}
    </div>
  );
}
