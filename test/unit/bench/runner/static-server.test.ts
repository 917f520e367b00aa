import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileForPath, startStaticServer, type StaticServer } from '../../../bench/runner/static-server';

const mounts = [
  { prefix: '/bench/', directory: '/srv/harness' },
  { prefix: '/', directory: '/srv/app' },
];

describe('fileForPath', () => {
  it('maps a path to its mount’s folder, the longest prefix first, folders to their index.html', () => {
    expect(fileForPath(mounts, '/')).toBe('/srv/app/index.html');
    expect(fileForPath(mounts, '/assets/index-abc.js')).toBe('/srv/app/assets/index-abc.js');
    expect(fileForPath(mounts, '/bench/')).toBe('/srv/harness/index.html');
    expect(fileForPath(mounts, '/bench/assets/main.js')).toBe('/srv/harness/assets/main.js');
  });

  it('refuses paths that climb out of the mount, encoded or not', () => {
    expect(fileForPath(mounts, '/bench/../../etc/passwd')).toBeUndefined();
    expect(fileForPath(mounts, '/%2e%2e/%2e%2e/etc/passwd')).toBeUndefined();
    expect(fileForPath(mounts, '/%E0%A4%A')).toBeUndefined();
  });
});

describe('startStaticServer', () => {
  let folder = '';
  let server: StaticServer | undefined;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'bench-server-'));
    mkdirSync(join(folder, 'assets'));
    writeFileSync(join(folder, 'index.html'), '<!doctype html><title>app</title>');
    writeFileSync(join(folder, 'assets', 'main.js'), 'console.log(1);');
    server = await startStaticServer([{ prefix: '/', directory: folder }]);
  });

  afterAll(async () => {
    await server?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('serves files on loopback with their type, uncached and cross-origin isolated', async () => {
    expect(server?.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${server?.origin ?? ''}/assets/main.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(response.headers.get('cross-origin-embedder-policy')).toBe('require-corp');
    expect(await response.text()).toBe('console.log(1);');
  });

  it('answers 404 for files that do not exist', async () => {
    const response = await fetch(`${server?.origin ?? ''}/missing.js`);
    expect(response.status).toBe(404);
  });
});
