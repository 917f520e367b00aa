import { join } from 'node:path';
import { build } from 'vite';

export interface BenchPaths {
  root: string;
  /** The app's production build, made with its own vite.config.ts. */
  appDir: string;
  harnessDir: string;
}

/**
 * Where the suite builds to. The app is built into dist-bench/ rather than dist/, so a benchmark never replaces the
 * build an end-to-end run may be serving at the same moment.
 */
export function benchPaths(root: string): BenchPaths {
  return { root, appDir: join(root, 'dist-bench', 'app'), harnessDir: join(root, 'dist-bench', 'harness') };
}

export async function buildForBench(paths: BenchPaths): Promise<void> {
  await build({
    configFile: join(paths.root, 'vite.config.ts'),
    root: join(paths.root, 'src'),
    logLevel: 'warn',
    build: { outDir: paths.appDir, emptyOutDir: true },
  });
  await build({ configFile: join(paths.root, 'test', 'bench', 'vite.bench.config.ts'), logLevel: 'warn' });
}
