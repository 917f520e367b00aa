import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const projectRoot = path.resolve(import.meta.dirname, '../../../..');
const launcher = path.join(projectRoot, 'electron', 'tooling', 'launch-electron.mjs');

/** The file name the electron package expects its runtime under, as recorded in its path.txt. */
function runtimeFileName(): string {
  const packageDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const pathFile = path.join(packageDir, 'path.txt');
  return existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : 'electron';
}

interface LaunchResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function launch(env: Record<string, string>): Promise<LaunchResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [launcher], {
      cwd: projectRoot,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const scratchDirs: string[] = [];
async function scratchDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'repute-launch-'));
  scratchDirs.push(dir);
  return dir;
}

afterEach(async () => {
  await Promise.all(scratchDirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe.skipIf(process.platform === 'win32')('launch-electron', () => {
  it('starts the runtime on the project root, never as bare Node, and passes its exit code on', async () => {
    const distDir = await scratchDir();
    const runtime = path.join(distDir, runtimeFileName());
    const argsFile = path.join(distDir, 'args.txt');
    await mkdir(path.dirname(runtime), { recursive: true });
    await writeFile(runtime, `#!/bin/sh\nprintf '%s|%s' "$*" "\${ELECTRON_RUN_AS_NODE:-unset}" > '${argsFile}'\nexit 7\n`);
    await chmod(runtime, 0o755);

    const result = await launch({ ELECTRON_OVERRIDE_DIST_PATH: distDir, ELECTRON_RUN_AS_NODE: '1' });

    expect(result.code).toBe(7);
    expect(await readFile(argsFile, 'utf8')).toBe(`${projectRoot}|unset`);
    expect(result.stderr).toBe('');
  });

  it('prints one line and exits 1 when the runtime is missing and cannot be fetched', async () => {
    const distDir = await scratchDir();
    const cacheDir = await scratchDir();
    const started = Date.now();

    // Port 9 on the loopback refuses connections, so the fetch fails at once whether or not this machine is online.
    const result = await launch({
      ELECTRON_OVERRIDE_DIST_PATH: distDir,
      ELECTRON_MIRROR: 'http://127.0.0.1:9/',
      electron_config_cache: cacheDir,
    });

    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      'Repute: the Electron runtime is not installed and could not be downloaded (no access to its download host). Run "npm run web" to use Repute in your browser instead.',
    ]);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(Date.now() - started).toBeLessThan(60_000);
  }, 90_000);
});
