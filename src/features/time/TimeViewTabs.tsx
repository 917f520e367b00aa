import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { TimeView } from './time-filters';
import styles from './TimeViewTabs.module.css';

const TABS: ReadonlyArray<{ view: TimeView; label: string }> = [
  { view: 'list', label: 'Day list' },
  { view: 'week', label: 'Week' },
];

/** "Day list" and "Week" as tabs over one panel, following the ARIA tabs pattern (arrow keys move between tabs). */
export function TimeViewTabs({ view, onChange, children }: { view: TimeView; onChange: (view: TimeView) => void; children: ReactNode }) {
  const idPrefix = useId();
  const listRef = useRef<HTMLDivElement>(null);
  const tabId = (tab: TimeView) => `${idPrefix}-tab-${tab}`;
  const panelId = `${idPrefix}-panel`;

  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight' && event.key !== 'Home' && event.key !== 'End') return;
    event.preventDefault();
    const index = TABS.findIndex((tab) => tab.view === view);
    const nextIndex = event.key === 'Home' ? 0 : event.key === 'End' ? TABS.length - 1 : (index + (event.key === 'ArrowRight' ? 1 : -1) + TABS.length) % TABS.length;
    const next = TABS[nextIndex];
    if (next === undefined) return;
    onChange(next.view);
    listRef.current?.querySelector<HTMLElement>(`[id="${CSS.escape(tabId(next.view))}"]`)?.focus();
  };

  return (
    <section className={styles.timeViews} aria-label="Timesheet">
      <div ref={listRef} role="tablist" aria-label="Timesheet views" className={styles.segmented} onKeyDown={handleKeyDown}>
        {TABS.map((tab) => (
          <button
            key={tab.view}
            id={tabId(tab.view)}
            type="button"
            role="tab"
            aria-selected={tab.view === view}
            aria-controls={panelId}
            tabIndex={tab.view === view ? 0 : -1}
            className={styles.segmentedOption}
            onClick={() => onChange(tab.view)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div id={panelId} role="tabpanel" aria-labelledby={tabId(view)}>
        {children}
      </div>
    </section>
  );
}
