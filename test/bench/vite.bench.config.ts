import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const harnessRoot = fileURLToPath(new URL('./harness', import.meta.url));
const outDir = fileURLToPath(new URL('../../dist-bench/harness', import.meta.url));

/**
 * The benchmark harness page: the app's own database code, repositories and domain, plus the dataset generator and
 * the raw IndexedDB floor, built for production like the app and served beside it on one origin.
 */
export default defineConfig({
  root: harnessRoot,
  base: './',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir,
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: false,
  },
});
