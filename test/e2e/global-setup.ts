import { existsSync } from 'node:fs';
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

const builtIndex = fileURLToPath(new URL('../../dist/index.html', import.meta.url));

/**
 * Serves the production build of the renderer (dist/) on a free loopback port for the whole e2e run. Finding the
 * browser here too means a machine without Chromium gets one clear error instead of one failure per test file.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const chromiumPath = findChromium();
  if (!existsSync(builtIndex)) {
    throw new Error('dist/index.html is missing: build the renderer first (`npm run test:e2e` does, or run `npx vite build`).');
  }

  const server = await preview({
    configFile: fileURLToPath(new URL('../../vite.config.ts', import.meta.url)),
    logLevel: 'silent',
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
