import { useLocation } from 'react-router';
import { AREA_LABELS } from '../platform/contract';
import { areaFromPathname } from './last-route';
import { NAV_GROUPS } from './navigation';
import { isMacPlatform } from '../shared/is-mac-platform';
import { paletteShortcutLabel } from './palette-shortcut';
import { HeaderTimer } from '../features/time';
import styles from './TopBar.module.css';

/** The strip above every screen: where you are, the timer, and the way into the command palette. */
export function TopBar({ onOpenPalette }: { onOpenPalette: () => void }) {
  const { pathname } = useLocation();
  const area = areaFromPathname(pathname);
  const group = area === undefined ? undefined : NAV_GROUPS.find((candidate) => candidate.areas.includes(area));
  const isMac = isMacPlatform(navigator.userAgent);

  return (
    <header className={styles.topbar}>
      <p className={styles.topbarTrail}>
        {group !== undefined && area !== undefined && (
          <>
            <span>{group.label}</span>
            <span className={styles.topbarTrailSeparator} aria-hidden="true">
              /
            </span>
            <span className={styles.topbarTrailArea}>{AREA_LABELS[area]}</span>
          </>
        )}
      </p>
      <HeaderTimer />
      <div className={styles.paletteTriggerWrap}>
        <button type="button" className={styles.paletteTrigger} aria-label="Open command palette" aria-keyshortcuts={isMac ? 'Meta+K' : 'Control+K'} onClick={onOpenPalette}>
          <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
            <circle cx="7" cy="7" r="4.75" fill="none" stroke="currentColor" strokeWidth="1.5" />
            <path d="M10.5 10.5L14 14" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
          </svg>
          <span className={styles.paletteTriggerText}>Command palette</span>
        </button>
        {/* Outside the button, so its visible text stays a part of its accessible name; aria-keyshortcuts announces it. */}
        <kbd className={styles.paletteTriggerShortcut} aria-hidden="true">
          {paletteShortcutLabel(isMac)}
        </kbd>
      </div>
    </header>
  );
}
