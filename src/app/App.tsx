import { HashRouter, Navigate, Route, Routes } from 'react-router';
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

/** The whole renderer: settings and theme, the status region, the timer, and the routed screens inside the shell. */
export function App() {
  const settings = useSettings();
  useAppliedTheme(settings?.theme);
  return (
    <SettingsContext.Provider value={settings}>
      <AnnouncerProvider>
        <TimeReferenceProvider>
          <TimerProvider>
            <HashRouter>
              <AppRoutes />
            </HashRouter>
          </TimerProvider>
        </TimeReferenceProvider>
      </AnnouncerProvider>
    </SettingsContext.Provider>
  );
}
