import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { writeLastRoute } from './last-route';

/** Keeps the current screen in localStorage, so the next start opens where the user left off. */
export function useRememberLastRoute(): void {
  const { pathname } = useLocation();
  useEffect(() => {
    writeLastRoute(window.localStorage, pathname);
  }, [pathname]);
}
