import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { initialScriptPaths, measureInitialJavaScript } from '../../../bench/runner/initial-javascript';

const BUILT_INDEX = `<!doctype html>
<html lang="en">
  <head>
    <script type="module" crossorigin src="./assets/index-abc.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/vendor-def.js">
    <link rel="stylesheet" crossorigin href="./assets/index-123.css">
    <link rel="icon" href="data:image/svg+xml,%3Csvg%3E">
  </head>
  <body><div id="root"></div></body>
</html>`;

describe('initialScriptPaths', () => {
  it('lists the module entry and the modulepreloaded chunks, not styles or icons', () => {
    expect(initialScriptPaths(BUILT_INDEX)).toEqual(['./assets/index-abc.js', './assets/vendor-def.js']);
  });

  it('ignores classic scripts and lists a repeated chunk once', () => {
    const html = '<script src="./legacy.js"></script><link rel="modulepreload" href="./a.js"><link href="./a.js" rel="modulepreload">';
    expect(initialScriptPaths(html)).toEqual(['./a.js']);
  });
});

describe('measureInitialJavaScript', () => {
  let folder: string | undefined;
  afterEach(() => {
    if (folder !== undefined) rmSync(folder, { recursive: true, force: true });
  });

  it('sums each initial script gzipped on its own', () => {
    folder = mkdtempSync(join(tmpdir(), 'bench-initial-js-'));
    mkdirSync(join(folder, 'assets'));
    const entry = 'export const answer = 42;\n'.repeat(200);
    const vendor = 'export function add(a, b) { return a + b; }\n'.repeat(50);
    writeFileSync(join(folder, 'assets', 'index-abc.js'), entry);
    writeFileSync(join(folder, 'assets', 'vendor-def.js'), vendor);
    writeFileSync(join(folder, 'assets', 'lazy-screen.js'), 'never counted');
    writeFileSync(join(folder, 'index.html'), BUILT_INDEX);
    const measured = measureInitialJavaScript(join(folder, 'index.html'));
    expect(measured.files).toEqual(['./assets/index-abc.js', './assets/vendor-def.js']);
    expect(measured.rawBytes).toBe(entry.length + vendor.length);
    expect(measured.gzipBytes).toBe(gzipSync(entry, { level: 9 }).length + gzipSync(vendor, { level: 9 }).length);
  });
});
