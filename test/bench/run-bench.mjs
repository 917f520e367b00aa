// `npm run bench [-- --quick]`: bundles the TypeScript runner with esbuild, then runs it. The runner builds the app
// and the harness page into dist-bench/, serves both on 127.0.0.1 and drives them in headless Chromium (see
// test/bench/runner/main.ts). dist-bench/ is removed afterwards: every run builds afresh, and no build output is
// left for the linter or git to find.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));
const outputDir = join(root, 'dist-bench');
const bundle = join(outputDir, 'runner', 'run-bench.mjs');

try {
  await build({
    entryPoints: [join(root, 'test', 'bench', 'runner', 'main.ts')],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Packages load from node_modules as they are; only the project's own TypeScript is bundled.
    packages: 'external',
    logLevel: 'warning',
  });
  const { runBench } = await import(pathToFileURL(bundle).href);
  process.exitCode = await runBench(root, process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 2;
} finally {
  await rm(outputDir, { recursive: true, force: true });
}
