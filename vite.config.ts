import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

const projectRoot = fileURLToPath(new URL('.', import.meta.url));

/**
 * The dev server injects CSS as inline <style> tags, which the page's strict CSP refuses; only while serving for
 * development is inline style allowed. Builds keep the policy exactly as written in index.html.
 */
function allowInlineStylesInDevServer(): Plugin {
  return {
    name: 'repute:dev-inline-styles',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"),
  };
}

export default defineConfig({
  root: 'src',
  // Relative asset URLs, so the same build loads from app:// in Electron and from any web path.
  base: './',
  plugins: [react(), allowInlineStylesInDevServer()],
  publicDir: false,
  // Components write styles.backLink for .back-link: one spelling in the CSS, one in TypeScript.
  css: { modules: { localsConvention: 'camelCaseOnly' } },
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: false,
  },
  preview: { host: '127.0.0.1', port: 5173, strictPort: false },
  server: { host: '127.0.0.1' },
  test: {
    root: projectRoot,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          root: projectRoot,
          include: ['test/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          setupFiles: ['test/unit/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          root: projectRoot,
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One browser process at a time on a 2-core machine; each test still gets a fresh context.
          fileParallelism: false,
        },
      },
    ],
  },
});
