import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppProtocolHandler, mimeTypeFor, resolveAppAssetPath } from '../../../electron/app-protocol';

const distRoot = path.resolve('/opt/repute/dist');

describe('resolveAppAssetPath', () => {
  it.each([
    ['app://repute/', 'index.html'],
    ['app://repute', 'index.html'],
    ['app://repute/index.html', 'index.html'],
    ['app://repute/index.html?x=1#/clients', 'index.html'],
    ['app://repute/assets/index-3f2a.js', 'assets/index-3f2a.js'],
    ['app://repute/assets/Inter%20Regular.woff2', 'assets/Inter Regular.woff2'],
  ])('%s → dist/%s', (url, relative) => {
    expect(resolveAppAssetPath(url, distRoot)).toBe(path.join(distRoot, relative));
  });

  it.each([
    ['dot-dot segments', 'app://repute/../../etc/passwd'],
    ['dot-dot after a folder', 'app://repute/assets/../../secret'],
    ['encoded dot-dot', 'app://repute/%2e%2e/%2e%2e/etc/passwd'],
    ['encoded dot-dot, upper case', 'app://repute/assets/%2E%2E/%2E%2E/secret'],
    ['encoded slash with dot-dot', 'app://repute/..%2f..%2fetc%2fpasswd'],
    ['encoded backslash with dot-dot', 'app://repute/..%5c..%5cetc%5cpasswd'],
    ['literal backslashes', 'app://repute/..\\..\\etc\\passwd'],
    ['absolute path after the host', 'app://repute//etc/passwd'],
    ['encoded absolute path', 'app://repute/%2fetc%2fpasswd'],
    ['windows drive', 'app://repute/C:/Windows/win.ini'],
    ['encoded windows drive', 'app://repute/C%3A%5CWindows%5Cwin.ini'],
    ['null byte', 'app://repute/index.html%00.png'],
    ['malformed escape', 'app://repute/%E0%A4%A'],
    ['single dot segment', 'app://repute/./index.html'],
    ['trailing folder', 'app://repute/assets/'],
    ['another host', 'app://evil/index.html'],
    ['a host that starts like ours', 'app://repute.evil/index.html'],
    ['a port', 'app://repute:1234/index.html'],
    ['credentials', 'app://me:pw@repute/index.html'],
    ['another scheme', 'file:///opt/repute/dist/index.html'],
    ['https with our host', 'https://repute/index.html'],
    ['not a URL', 'index.html'],
  ])('refuses %s', (_label, url) => {
    expect(resolveAppAssetPath(url, distRoot)).toBeNull();
  });

  it('never resolves outside the root, whatever the request', () => {
    const attempts = ['..', '%2e%2e', '.%2e', '%2e.', 'a/../..', 'a/%2e%2e/%2e%2e', '..%2f', '%252e%252e'];
    for (const attempt of attempts) {
      const resolved = resolveAppAssetPath(`app://repute/${attempt}/x`, distRoot);
      if (resolved !== null) expect(path.relative(distRoot, resolved).startsWith('..')).toBe(false);
    }
  });
});

describe('mimeTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['assets/app.js', 'text/javascript; charset=utf-8'],
    ['assets/app.CSS', 'text/css; charset=utf-8'],
    ['icon.svg', 'image/svg+xml'],
    ['logo.png', 'image/png'],
    ['font.woff2', 'font/woff2'],
    ['blob.bin', 'application/octet-stream'],
    ['no-extension', 'application/octet-stream'],
  ])('%s → %s', (file, mime) => {
    expect(mimeTypeFor(file)).toBe(mime);
  });
});

describe('createAppProtocolHandler', () => {
  let root = '';
  let outside = '';

  beforeAll(async () => {
    const base = await mkdtemp(path.join(tmpdir(), 'repute-protocol-'));
    root = path.join(base, 'dist');
    outside = path.join(base, 'secret.txt');
    await mkdir(path.join(root, 'assets'), { recursive: true });
    await writeFile(path.join(root, 'index.html'), '<!doctype html><title>Repute</title>');
    await writeFile(path.join(root, 'assets', 'main.js'), 'console.log("repute")');
    await writeFile(outside, 'not for the renderer');
  });

  afterAll(async () => {
    await rm(path.dirname(root), { recursive: true, force: true });
  });

  it('serves index.html for the root with its MIME type and the CSP', async () => {
    const response = await createAppProtocolHandler(root)(new Request('app://repute/'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe('<!doctype html><title>Repute</title>');
  });

  it('serves scripts as JavaScript', async () => {
    const response = await createAppProtocolHandler(root)(new Request('app://repute/assets/main.js'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log("repute")');
  });

  it('answers HEAD without a body', async () => {
    const response = await createAppProtocolHandler(root)(new Request('app://repute/index.html', { method: 'HEAD' }));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it.each([
    ['a missing file', 'app://repute/assets/missing.js'],
    ['a folder', 'app://repute/assets'],
    ['a file beside the build', 'app://repute/..%2fsecret.txt'],
    ['another host', 'app://elsewhere/index.html'],
  ])('answers 404 for %s, with the CSP still set', async (_label, url) => {
    const response = await createAppProtocolHandler(root)(new Request(url));
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toContain("object-src 'none'");
    expect(await response.text()).not.toContain('not for the renderer');
  });

  it('refuses to write', async () => {
    const response = await createAppProtocolHandler(root)(new Request('app://repute/index.html', { method: 'POST', body: 'x' }));
    expect(response.status).toBe(405);
  });
});
