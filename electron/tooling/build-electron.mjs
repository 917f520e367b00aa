/**
 * Bundles the main process and the preload into dist-electron/ as CommonJS. The preload runs sandboxed, where
 * require() reaches only `electron` and a few built-ins, so everything else it uses is bundled into it.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const outDir = path.join(projectRoot, 'dist-electron');

const shared = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  external: ['electron'],
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  absWorkingDir: projectRoot,
};

await Promise.all([
  build({
    ...shared,
    entryPoints: [path.join(projectRoot, 'electron', 'main.ts')],
    outfile: path.join(outDir, 'main.cjs'),
    target: 'node20',
  }),
  build({
    ...shared,
    entryPoints: [path.join(projectRoot, 'electron', 'preload.ts')],
    outfile: path.join(outDir, 'preload.cjs'),
    target: ['node20', 'chrome130'],
  }),
]);

console.log(`Repute: bundled the main process and preload into ${path.relative(projectRoot, outDir)}/`);
