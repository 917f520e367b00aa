/**
 * `npm start`: runs the built app in Electron. The electron package fetches its runtime lazily, and on a machine
 * without access to the download host that fetch fails with a stack trace; here it is bounded in time and a
 * failure becomes one line that says what to do instead.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const DOWNLOAD_TIMEOUT_MS = 120_000;
const RUNTIME_UNAVAILABLE =
  'Repute: the Electron runtime is not installed and could not be downloaded (no access to its download host). ' +
  'Run "npm run web" to use Repute in your browser instead.';

function fail(message) {
  console.error(message);
  process.exit(1);
}

/** Where the electron package keeps its runtime, read the way its index.js reads it but without downloading. */
function installedRuntimePath(packageDir) {
  const pathFile = path.join(packageDir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const overrideDir = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  let candidate = null;
  if (overrideDir) candidate = path.join(overrideDir, executable || 'electron');
  else if (executable) candidate = path.join(packageDir, 'dist', executable);
  return candidate !== null && existsSync(candidate) ? candidate : null;
}

/** Runs the electron package's own installer, quietly and for a bounded time; resolves whether it succeeded. */
function downloadRuntime(packageDir) {
  return new Promise((resolve) => {
    const installer = spawn(process.execPath, [path.join(packageDir, 'install.js')], {
      cwd: packageDir,
      stdio: 'ignore',
      timeout: DOWNLOAD_TIMEOUT_MS,
      killSignal: 'SIGKILL',
    });
    installer.on('error', () => resolve(false));
    installer.on('exit', (code) => resolve(code === 0));
  });
}

function runtimePathFromPackage() {
  try {
    const runtimePath = require('electron');
    return typeof runtimePath === 'string' && existsSync(runtimePath) ? runtimePath : null;
  } catch {
    return null;
  }
}

let packageDir;
try {
  packageDir = path.dirname(require.resolve('electron/package.json'));
} catch {
  fail('Repute: the electron package is missing from node_modules. Run "npm install" first.');
}

if (installedRuntimePath(packageDir) === null) {
  console.log('Repute: fetching the Electron runtime (needed once)…');
  if (!(await downloadRuntime(packageDir)) || installedRuntimePath(packageDir) === null) fail(RUNTIME_UNAVAILABLE);
}

const runtimePath = runtimePathFromPackage();
if (runtimePath === null) fail(RUNTIME_UNAVAILABLE);

// A leftover ELECTRON_RUN_AS_NODE would start a bare Node.js instead of the app.
const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE;

const electron = spawn(runtimePath, [projectRoot], { cwd: projectRoot, stdio: 'inherit', env });
electron.on('error', (error) => fail(`Repute: could not start Electron (${error.message}).`));
electron.on('exit', (code, signal) => process.exit(code ?? (signal === null ? 0 : 1)));
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    electron.kill(signal);
  });
}
