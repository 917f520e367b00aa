import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { findChromium } from './chromium-path';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the static server holding the built renderer, e.g. http://127.0.0.1:41234 */
    appOrigin: string;
    chromiumPath: string;
  }
}

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
/** E2E_DIST_DIR lets parallel work test its own build without touching the shared dist/. */
const distDir = path.resolve(projectRoot, process.env.E2E_DIST_DIR ?? 'dist');
const builtIndex = path.join(distDir, 'index.html');

/**
 * Serves the production build of the renderer (dist/) on a free loopback port for the whole e2e run. Finding the
 * browser here too means a machine without Chromium gets one clear error instead of one failure per test file.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const chromiumPath = findChromium();
  if (!existsSync(builtIndex)) {
    throw new Error(`${builtIndex} is missing: build the renderer first (\`npm run test:e2e\` does, or run \`npx vite build\`).`);
  }

  const server = await preview({
    configFile: fileURLToPath(new URL('../../vite.config.ts', import.meta.url)),
    logLevel: 'silent',
    build: { outDir: distDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') {
    await server.close();
    throw new Error('The preview server did not report a TCP port.');
  }
  project.provide('appOrigin', `http://127.0.0.1:${String(address.port)}`);
  project.provide('chromiumPath', chromiumPath);

  return async () => {
    await server.close();
  };
}
