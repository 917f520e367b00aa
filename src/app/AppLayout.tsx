import { Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { Outlet, useLocation } from 'react-router';
import { AutomaticBackupScheduler } from '../features/data';
import styles from './AppLayout.module.css';
import { AppCommandPalette } from './AppCommandPalette';
import { ErrorBoundary } from './ErrorBoundary';
import { LeavePrompt } from './LeavePrompt';
import { areaFromPathname } from './last-route';
import { Sidebar } from './Sidebar';
import { TimerServices } from '../features/time';
import { TopBar } from './TopBar';
import { useHostNavigation } from './use-host-navigation';
import { usePaletteShortcut } from './use-palette-shortcut';
import { useRememberLastRoute } from './use-remember-last-route';
import { useWindowIdle } from '../shared/use-window-idle';

/** The longest the timer's services and the backup schedule wait for the window's first idle moment after it opens. */
const SERVICES_START_WITHIN_MS = 1000;

function ScreenLoading() {
  return (
    <div className={`page ${styles.screenLoading}`} aria-busy="true">
      <span className="visually-hidden">Loading…</span>
      <div className={`${styles.skeleton} ${styles.skeletonTitle}`} />
      <div className={`${styles.skeleton} ${styles.skeletonLine}`} />
      <div className={`${styles.skeleton} ${styles.skeletonBlock}`} />
    </div>
  );
}

/** The frame around every screen: sidebar, top bar, palette, and the scrolling content area. */
export function AppLayout() {
  const { pathname } = useLocation();
  const [paletteOpen, setPaletteOpen] = useState(false);
  const mainRef = useRef<HTMLElement>(null);
  const sidebarRef = useRef<HTMLElement>(null);
  const previousPathname = useRef(pathname);

  // The timer's services and the backup schedule show nothing on their own; they start once the first screen is up
  // (the Dashboard's figures show about 15 ms sooner, over 100 loads of each build).
  const servicesStarted = useWindowIdle(SERVICES_START_WITHIN_MS);
  useRememberLastRoute();
  useHostNavigation();
  const togglePalette = useCallback(() => setPaletteOpen((open) => !open), []);
  usePaletteShortcut(togglePalette);

  // After a navigation, start the new screen at its top and move focus there, as a page load would; someone
  // stepping through the sidebar keeps their place in it.
  useEffect(() => {
    if (previousPathname.current === pathname) return;
    previousPathname.current = pathname;
    const main = mainRef.current;
    if (main === null) return;
    main.scrollTop = 0;
    const focused = document.activeElement;
    const focusIsInSidebar = sidebarRef.current?.contains(focused) ?? false;
    // Moved there for screen readers, not by the user's keyboard, so no focus ring is drawn; tabbing onto it still shows one.
    if (!main.contains(focused) && !focusIsInSidebar) main.focus({ preventScroll: true, focusVisible: false });
  }, [pathname]);

  return (
    <div className={styles.appShell}>
      <Sidebar ref={sidebarRef} />
      <div className={styles.appColumn}>
        <TopBar onOpenPalette={() => setPaletteOpen(true)} />
        {/* In the tab order so keyboard users can scroll screens that hold no focusable control (axe: scrollable-region-focusable). */}
        <main ref={mainRef} className={styles.appMain} tabIndex={0}>
          {/* Keyed by area, so leaving a broken screen recovers while moves within an area keep its state. */}
          <ErrorBoundary key={areaFromPathname(pathname) ?? pathname} scope="screen">
            <Suspense fallback={<ScreenLoading />}>
              <Outlet />
            </Suspense>
          </ErrorBoundary>
        </main>
      </div>
      {servicesStarted && (
        <>
          <TimerServices />
          <AutomaticBackupScheduler />
        </>
      )}
      <AppCommandPalette open={paletteOpen} onClose={() => setPaletteOpen(false)} />
      <LeavePrompt />
    </div>
  );
}
