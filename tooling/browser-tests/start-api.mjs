// Starts the real Parley API (Node runtime, embedded store, offline interviewer) for the browser tests.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const apiRoot = fileURLToPath(new URL('../../packages/api/', import.meta.url));

/** Spawns the API on a free port with known keys; resolves with its URL and keys, and a stop function. */
export async function startApi(name) {
  const dir = mkdtempSync(join(tmpdir(), `parley-${name}-`));
  const keys = { secretKey: `sk_${name}_tests_secret_000000001`, publishableKey: `pk_${name}_tests_public_000000001` };
  // The test pages come from the test runner's own server (another origin) and use the secret key: allowed here only.
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/runtime/node.ts'], {
    cwd: apiRoot,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', PARLEY_DATA_DIR: dir, PARLEY_SECRET_KEY: keys.secretKey, PARLEY_PUBLISHABLE_KEY: keys.publishableKey, PARLEY_LOG_REQUESTS: '0', PARLEY_INTERVIEWER: 'offline', PARLEY_RATE_LIMITS: 'off', PARLEY_CONSOLE_ORIGINS: '*' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const m = /"event":"listening","port":(\d+)/.exec(out);
      if (m) resolve(Number(m[1]));
    });
    child.on('exit', (code) => reject(new Error(`API exited with ${code}: ${out}`)));
  });
  const stop = () => {
    child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  };
  process.on('exit', stop);
  return { info: { api: `http://127.0.0.1:${port}`, ...keys }, stop };
}
