import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** A URL path prefix and the folder it serves; the longest matching prefix wins. */
export interface Mount {
  prefix: string;
  directory: string;
}

/** The file a request path names inside its mount, or undefined when it would leave the mount's folder. */
export function fileForPath(mounts: readonly Mount[], urlPath: string): string | undefined {
  const mount = [...mounts].sort((a, b) => b.prefix.length - a.prefix.length).find((candidate) => urlPath.startsWith(candidate.prefix));
  if (mount === undefined) return undefined;
  let relative: string;
  try {
    relative = decodeURIComponent(urlPath.slice(mount.prefix.length));
  } catch {
    return undefined;
  }
  const file = normalize(join(mount.directory, relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative));
  return file === mount.directory || file.startsWith(mount.directory.endsWith(sep) ? mount.directory : `${mount.directory}${sep}`) ? file : undefined;
}

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/**
 * Sent with every response. no-store: every page load reads its files again, as the desktop app reads them from its
 * own protocol. The two cross-origin headers isolate the pages, which gives performance.now() microsecond
 * resolution instead of a tenth of a millisecond; the app loads nothing from elsewhere, so they change nothing else.
 */
const RESPONSE_HEADERS = {
  'Cache-Control': 'no-store',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
} as const;

/** Serves the built folders on a free loopback port. */
export async function startStaticServer(mounts: readonly Mount[]): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const file = fileForPath(mounts, path);
    if (file === undefined || request.method !== 'GET') {
      response.writeHead(404).end();
      return;
    }
    readFile(file).then(
      (content) => {
        response.writeHead(200, { ...RESPONSE_HEADERS, 'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
        response.end(content);
      },
      () => {
        response.writeHead(404).end();
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('The static server did not report a TCP port');
  return {
    origin: `http://127.0.0.1:${String(address.port)}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error === undefined ? resolve() : reject(error)))),
  };
}
