import type { CustomScheme } from 'electron';

/**
 * The renderer is served from app://repute. IndexedDB data belongs to this origin, so the scheme and host are
 * part of the stored data's identity: changing either would strand every user's records.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'repute';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/**
 * standard + secure give the scheme a real origin with IndexedDB and a secure context; supportFetchAPI lets module
 * scripts and fetch load from it; codeCache keeps V8's compiled-code cache working for our bundles.
 */
export const APP_SCHEME_DEFINITION: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

