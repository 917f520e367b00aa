#!/usr/bin/env node
// Compares two folders of screenshots from capture-screens.mjs pixel by pixel and writes a diff image for every
// screen that changed. Usage: node test/visual/compare-screens.mjs <before-dir> <after-dir> <diff-dir>
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

const [beforeDir, afterDir, diffDir] = process.argv.slice(2);
if (beforeDir === undefined || afterDir === undefined || diffDir === undefined) {
  console.error('usage: compare-screens.mjs <before-dir> <after-dir> <diff-dir>');
  process.exit(2);
}
mkdirSync(diffDir, { recursive: true });

const names = [...new Set([...readdirSync(beforeDir), ...readdirSync(afterDir)])].filter((name) => name.endsWith('.png')).sort();
let changed = 0;
for (const name of names) {
  const beforePath = path.join(beforeDir, name);
  const afterPath = path.join(afterDir, name);
  if (!existsSync(beforePath) || !existsSync(afterPath)) {
    console.log(`${name}: only in ${existsSync(beforePath) ? 'before' : 'after'}`);
    changed += 1;
    continue;
  }
  const before = PNG.sync.read(readFileSync(beforePath));
  const after = PNG.sync.read(readFileSync(afterPath));
  if (before.width !== after.width || before.height !== after.height) {
    console.log(`${name}: size ${before.width}x${before.height} -> ${after.width}x${after.height}`);
    changed += 1;
    continue;
  }
  const diff = new PNG({ width: before.width, height: before.height });
  const differing = pixelmatch(before.data, after.data, diff.data, before.width, before.height, { threshold: 0 });
  if (differing > 0) {
    changed += 1;
    writeFileSync(path.join(diffDir, name), PNG.sync.write(diff));
    console.log(`${name}: ${differing} pixels differ`);
  }
}
console.log(`${names.length} screens compared, ${changed} differ`);
process.exitCode = changed === 0 ? 0 : 1;
