import type { Session, WebContents } from 'electron';
import { externalUrlSchema } from '../src/platform/contract';
import { APP_HOST, APP_SCHEME } from './app-origin';

/** True only for URLs on the app's own origin, spelled exactly as Chromium reports it. */
export function isAppUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return (
    url.protocol === `${APP_SCHEME}:` &&
    url.hostname === APP_HOST &&
    url.port === '' &&
    url.username === '' &&
    url.password === ''
  );
}

/** The same guard the renderer uses, so a link is judged identically on both sides of the bridge. */
export function isAllowedExternalUrl(raw: string): boolean {
  return externalUrlSchema.safeParse(raw).success;
}

export type NavigationDecision = 'stay' | 'open-externally' | 'deny';

/**
 * What to do when a page tries to go to `url`: pages of the app stay in the window; web and mail links leave for the
 * system browser or mail client; everything else goes nowhere.
 */
export function navigationDecision(raw: string): NavigationDecision {
  if (isAppUrl(raw)) return 'stay';
  if (isAllowedExternalUrl(raw)) return 'open-externally';
  return 'deny';
}

/** Matches the meta policy in src/index.html; the header adds frame-ancestors, which a meta policy cannot set. */
const CONTENT_SECURITY_POLICY: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  // React sets style props through the CSSOM, which style-src does not govern, so no 'unsafe-inline' is needed.
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'media-src': ["'self'", 'blob:'],
  'worker-src': ["'self'"],
  'frame-src': ["'none'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
};

export function buildContentSecurityPolicy(): string {
  return Object.entries(CONTENT_SECURITY_POLICY)
    .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
    .join('; ');
}

const NETWORK_URL_PATTERNS = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'];

/**
 * Denies every permission the web platform can ask for, and cancels any network request the renderer might still
 * attempt: the app works offline by design, so a request would only ever be a leak.
 */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => {
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest({ urls: NETWORK_URL_PATTERNS }, (_details, callback) => {
    callback({ cancel: true });
  });
}

/**
 * Keeps every web contents on the app's origin: navigations and new windows are refused, and accepted web or mail
 * links are handed to `openExternal` instead. Webviews are never attached.
 */
export function hardenWebContents(contents: WebContents, openExternal: (url: string) => void): void {
  contents.on('will-frame-navigate', (event) => {
    const decision = navigationDecision(event.url);
    if (decision === 'stay') return;
    event.preventDefault();
    if (decision === 'open-externally' && event.isMainFrame) openExternal(event.url);
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (navigationDecision(url) === 'open-externally') openExternal(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
}
