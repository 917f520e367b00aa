import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

const projectRoot = fileURLToPath(new URL('.', import.meta.url));
const DATABASE_ENTRY = 'database';
const DATABASE_MODULE = fileURLToPath(new URL('./src/db/index.ts', import.meta.url));

/**
 * Opens the database while the rest of the app's code still loads. db/index.ts is a second entry of the build, and
 * its chunk runs from a script of its own ahead of the app's, so IndexedDB opens the database while the browser is
 * still fetching and compiling the app. Inside the app's one module graph the open would start only once every module
 * had run: Dexie opens in a promise callback, and those wait for the whole graph.
 */
function openDatabaseFirst(): Plugin {
  return {
    name: 'repute:open-database-first',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const chunk = Object.values(context.bundle ?? {}).find((output) => output.type === 'chunk' && output.isEntry && output.name === DATABASE_ENTRY);
        if (chunk === undefined) throw new Error(`The build has no ${DATABASE_ENTRY} entry chunk to load first`);
        const appScript = html.indexOf('<script type="module"');
        if (appScript < 0) throw new Error('index.html has no module script to load the database ahead of');
        return `${html.slice(0, appScript)}<script type="module" crossorigin src="./${chunk.fileName}"></script>\n    ${html.slice(appScript)}`;
      },
    },
  };
}

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

/**
 * Which modules the window runs before its first screen: those the app's entry reaches through static imports (the
 * screens loaded on demand are dynamic imports, not followed), less the database entry's own, which load first from
 * their script (see openDatabaseFirst). The graph is recorded as modules are parsed and read when chunks are made.
 */
function startupModules(entry: string, loadedBefore: string): { plugin: Plugin; isStartupModule: (id: string) => boolean } {
  const staticImports = new Map<string, readonly string[]>();
  const reachableFrom = (root: string): Set<string> => {
    const seen = new Set<string>();
    const pending = [root];
    for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
      if (seen.has(id)) continue;
      seen.add(id);
      pending.push(...(staticImports.get(id) ?? []));
    }
    return seen;
  };
  let startup: ReadonlySet<string> | undefined;
  const startupSet = (): ReadonlySet<string> => {
    if (startup === undefined) {
      const already = reachableFrom(loadedBefore);
      startup = new Set([...reachableFrom(entry)].filter((id) => id !== entry && !already.has(id)));
    }
    return startup;
  };
  return {
    plugin: {
      name: 'repute:startup-modules',
      apply: 'build',
      buildStart() {
        staticImports.clear();
        startup = undefined;
      },
      moduleParsed(info) {
        staticImports.set(info.id, info.importedIds);
      },
    },
    isStartupModule: (id) => startupSet().has(id),
  };
}

const startup = startupModules(fileURLToPath(new URL('./src/main.tsx', import.meta.url)), DATABASE_MODULE);

export default defineConfig({
  root: 'src',
  // Relative asset URLs, so the same build loads from app:// in Electron and from any web path.
  base: './',
  plugins: [react(), openDatabaseFirst(), allowInlineStylesInDevServer(), startup.plugin],
  publicDir: false,
  // Components write styles.backLink for .back-link: one spelling in the CSS, one in TypeScript.
  css: { modules: { localsConvention: 'camelCaseOnly' } },
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: false,
    rolldownOptions: {
      input: { index: fileURLToPath(new URL('./src/index.html', import.meta.url)), [DATABASE_ENTRY]: DATABASE_MODULE },
      output: {
        // Left to itself, the bundler splits what the first screen shares with the screens loaded on demand into many
        // small files: the window fetched eleven before its first screen, and a browser asks one server for six at a
        // time, so the second half waited for the first. The startup modules go in two files instead, libraries and
        // the app's own, parsed side by side. Each module's imports stay where they are (the database's in its own
        // file), so no file imports one that imports it back.
        codeSplitting: {
          includeDependenciesRecursively: false,
          groups: [
            { name: 'vendor', test: (id) => id.includes('/node_modules/') && startup.isStartupModule(id), priority: 2 },
            { name: 'app-start', test: (id) => startup.isStartupModule(id), priority: 1 },
          ],
        },
      },
    },
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
