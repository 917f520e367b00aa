import { useEffect, useSyncExternalStore } from 'react';
import type { ThemePreference } from '../domain/model';
import { host } from '../platform';
import { DARK_SCHEME_QUERY, resolveTheme, type ResolvedTheme } from './theme';

function subscribeToSystemScheme(onChange: () => void): () => void {
  const query = window.matchMedia(DARK_SCHEME_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

function systemPrefersDark(): boolean {
  return window.matchMedia(DARK_SCHEME_QUERY).matches;
}

/** Paints the resolved theme on <html data-theme> and tells the host, so native window chrome matches. */
export function useAppliedTheme(preference: ThemePreference | undefined): ResolvedTheme {
  const prefersDark = useSyncExternalStore(subscribeToSystemScheme, systemPrefersDark);
  const resolved = resolveTheme(preference ?? 'system', prefersDark);

  useEffect(() => {
    document.documentElement.dataset.theme = resolved;
  }, [resolved]);

  useEffect(() => {
    if (preference === undefined) return;
    host.setThemeSource(preference).catch((error: unknown) => {
      console.warn('The window frame could not follow the theme', error);
    });
  }, [preference]);

  return resolved;
}
