import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { APP_ORIGIN } from './app-origin';
import { buildContentSecurityPolicy } from './security';

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** Characters no file of the build uses, and which could change how the path is read on some platform. */
const FORBIDDEN_SEGMENT = /[\\:\0]/;

/**
 * Maps an app:// request URL to a file inside `distRoot`, or null when the URL is for another origin or would
 * leave the folder. The root serves index.html. The path is read from the raw URL, before any URL parser folds
 * `..` away, and decoded once, so an encoded `..` or separator is judged as what it decodes to; each of them
 * refuses the request rather than being quietly clamped to the root.
 */
export function resolveAppAssetPath(requestUrl: string, distRoot: string): string | null {
  if (!requestUrl.startsWith(APP_ORIGIN)) return null;
  const afterOrigin = requestUrl.slice(APP_ORIGIN.length);
  // Anything but a path, query or fragment here means a longer host name, a port or credentials.
  if (afterOrigin !== '' && !/^[/?#]/.test(afterOrigin)) return null;
  const rawPath = afterOrigin.split(/[?#]/, 1)[0] ?? '';
  if (rawPath.includes('\\')) return null;

  let decodedPath: string;
  try {
    decodedPath = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  const relativePath = decodedPath === '/' || decodedPath === '' ? 'index.html' : decodedPath.replace(/^\//, '');
  const segments = relativePath.split('/');
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..' || FORBIDDEN_SEGMENT.test(segment))) {
    return null;
  }

  const root = path.resolve(distRoot);
  const resolved = path.resolve(root, ...segments);
  const fromRoot = path.relative(root, resolved);
  if (fromRoot === '' || fromRoot.startsWith('..') || path.isAbsolute(fromRoot)) return null;
  return resolved;
}

function securityHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': buildContentSecurityPolicy(),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
}

function plainResponse(status: number, message: string): Response {
  return new Response(message, { status, headers: securityHeaders('text/plain; charset=utf-8') });
}

async function isFile(filePath: string): Promise<boolean> {
  try {
    return (await stat(filePath)).isFile();
  } catch {
    return false;
  }
}

/** The app:// handler: serves the Vite build from `distRoot`, read-only, with the CSP on every response. */
export function createAppProtocolHandler(distRoot: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plainResponse(405, 'Method not allowed');
    const filePath = resolveAppAssetPath(request.url, distRoot);
    if (filePath === null || !(await isFile(filePath))) return plainResponse(404, 'Not found');
    const headers = securityHeaders(mimeTypeFor(filePath));
    if (request.method === 'HEAD') return new Response(null, { status: 200, headers });
    return new Response(await readFile(filePath), { status: 200, headers });
  };
}
