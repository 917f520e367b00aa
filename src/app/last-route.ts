import { areaIdSchema, type AreaId } from '../platform/contract';

export const LAST_ROUTE_STORAGE_KEY = 'repute:lastRoute';
export const DEFAULT_AREA: AreaId = 'dashboard';

/** The area a router pathname belongs to: "/clients" and "/clients/42" are both Clients. */
export function areaFromPathname(pathname: string): AreaId | undefined {
  const firstSegment = pathname.split('/').find((segment) => segment !== '');
  const parsed = areaIdSchema.safeParse(firstSegment);
  return parsed.success ? parsed.data : undefined;
}

/**
 * Where "#/" should lead: the stored path when it is still a screen the app has, else the Dashboard.
 * The stored value is untrusted (another version of the app, or a hand edit may have written it).
 */
export function restoredPath(stored: string | null): string {
  if (stored === null || !stored.startsWith('/')) return `/${DEFAULT_AREA}`;
  // Feedback was an area of its own before it grew into Reputation.
  if (stored === '/feedback' || stored.startsWith('/feedback/')) return '/reputation/feedback';
  const area = areaFromPathname(stored);
  return area === undefined ? `/${DEFAULT_AREA}` : `/${area}`;
}

/** Whether a pathname is worth remembering: only real area screens, never the bare root. */
export function shouldRememberPathname(pathname: string): boolean {
  return areaFromPathname(pathname) !== undefined;
}

export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** Reads the last route; storage that is unavailable (private mode, quota) counts as nothing stored. */
export function readLastRoute(storage: KeyValueStorage): string | null {
  try {
    return storage.getItem(LAST_ROUTE_STORAGE_KEY);
  } catch {
    return null;
  }
}

export function writeLastRoute(storage: KeyValueStorage, pathname: string): void {
  if (!shouldRememberPathname(pathname)) return;
  try {
    storage.setItem(LAST_ROUTE_STORAGE_KEY, pathname);
  } catch {
    // Remembering the screen is a convenience; a full or blocked storage must not break navigation.
  }
}
