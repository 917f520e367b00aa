import { Navigate } from 'react-router';
import { readLastRoute, restoredPath } from './last-route';

/** The bare "#/" route: back to the last screen shown, or the Dashboard on a first start. */
export function RestoreLastRoute() {
  return <Navigate to={restoredPath(readLastRoute(window.localStorage))} replace />;
}
