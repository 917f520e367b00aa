import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const harnessRoot = fileURLToPath(new URL('./harness', import.meta.url));
const outDir = fileURLToPath(new URL('../../dist-bench/harness', import.meta.url));

/**
 * The benchmark harness pages, built for production like the app and served beside it on one origin: the harness
 * itself (the app's own database code, repositories and domain, plus the dataset generator and the raw IndexedDB
 * floor), and the two floor pages the runner sets app pages beside: a button that only changes React state, and a
 * page that renders one number read from the app's database.
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
    rolldownOptions: {
      input: {
        harness: join(harnessRoot, 'index.html'),
        clickFloor: join(harnessRoot, 'click-floor.html'),
        dashboardFloor: join(harnessRoot, 'dashboard-floor.html'),
      },
    },
  },
});
