import { version } from '../../package.json';
import { externalUrlSchema, type HostApi } from './contract';

/** What the web fallback needs from the browser, read at call time so the module can load anywhere. */
export interface WebHostEnvironment {
  readonly origin: () => string;
  readonly platform: () => string;
  readonly openInNewTab: (url: string) => void;
}

export function browserEnvironment(): WebHostEnvironment {
  return {
    origin: () => window.location.origin,
    platform: () => window.navigator.platform,
    openInNewTab: (url) => {
      window.open(url, '_blank', 'noopener,noreferrer');
    },
  };
}

/** The host API in a plain browser tab: no native menu or window chrome, and data in the origin's IndexedDB. */
export function createWebHost(environment: WebHostEnvironment): HostApi {
  return {
    getAppInfo: () =>
      Promise.resolve({
        name: 'Repute',
        version,
        platform: environment.platform(),
        host: 'web',
        dataLocation: `This browser's storage (IndexedDB) for ${environment.origin()}`,
      }),
    openExternal: (url) => {
      if (!externalUrlSchema.safeParse(url).success) return Promise.resolve(false);
      environment.openInNewTab(url);
      return Promise.resolve(true);
    },
    // The page's own color-scheme already follows the app's theme; a browser has no native chrome to recolour.
    setThemeSource: () => Promise.resolve(),
    onNavigate: () => () => undefined,
  };
}
