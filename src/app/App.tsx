import type { ReactNode } from 'react';
import { createHashRouter, Navigate, Route, RouterProvider, Routes } from 'react-router';
import { AREA_IDS } from '../platform/contract';
import { AnnouncerProvider } from '../ui/Announcer';
import { AREA_SCREENS } from './area-screens';
import { AppLayout } from './AppLayout';
import { DEFAULT_AREA } from './last-route';
import { RestoreLastRoute } from './RestoreLastRoute';
import { TimeReferenceProvider, TimerProvider } from '../features/time';
import { useAppliedTheme } from './use-applied-theme';
import { useSettings } from '../shared/use-settings';
import { SettingsContext } from '../shared/settings-context';

function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<RestoreLastRoute />} />
        {AREA_IDS.map((area) => {
          const Screen = AREA_SCREENS[area];
          // "/*" lets an area add its own nested routes (a client's page) without touching the shell.
          return <Route key={area} path={`${area}/*`} element={<Screen />} />;
        })}
        <Route path="*" element={<Navigate to={`/${DEFAULT_AREA}`} replace />} />
      </Route>
    </Routes>
  );
}

/**
 * A data router, for what only one offers: asking before a navigation leaves a form with unsaved changes. The
 * screens keep their own route tables below it.
 */
const router = createHashRouter([{ path: '*', element: <AppRoutes /> }]);

/**
 * Reads the settings once for the tree and paints their theme. The tree waits for them: every screen shows dates,
 * money and colours as they say, and the settings are then the first read the database answers at startup rather
 * than the last of a dozen. It takes the tree as children, so a later change redraws only the components that read
 * the settings, not every screen and the shell.
 */
function SettingsProvider({ children }: { children: ReactNode }) {
  const settings = useSettings();
  useAppliedTheme(settings?.theme);
  return <SettingsContext.Provider value={settings}>{settings === undefined ? null : children}</SettingsContext.Provider>;
}

/** The whole renderer: settings and theme, the status region, the timer, and the routed screens inside the shell. */
export function App() {
  return (
    <SettingsProvider>
      <AnnouncerProvider>
        <TimeReferenceProvider>
          <TimerProvider>
            <RouterProvider router={router} />
          </TimerProvider>
        </TimeReferenceProvider>
      </AnnouncerProvider>
    </SettingsProvider>
  );
}
