import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Starts the real Node API (packages/api/src/runtime/node.ts) as a child process on a free port, so a bench's client
 * and the server never share an event loop. `env` adds to this process's environment; `nodeArgs` go before the script
 * (e.g. `--cpu-prof`). Resolves once it listens, with its base URL and `stop`, which resolves once it has exited.
 */
export async function startApi(env: Record<string, string>, nodeArgs: string[] = []): Promise<{ base: string; stop: () => Promise<void> }> {
  const server = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'packages/api/src/runtime/node.ts'], {
    cwd: root,
    // Rate limits are on by default; a bench measures the API, not its limits.
    env: { ...process.env, PORT: '0', PARLEY_LOG_REQUESTS: '0', PARLEY_RATE_LIMITS: 'off', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const base = await new Promise<string>((resolve, reject) => {
    let out = '';
    server.stdout!.on('data', (d) => {
      out += d;
      const m = /"event":"listening","port":(\d+)/.exec(out);
      if (m) resolve(`http://127.0.0.1:${m[1]}`);
    });
    server.on('exit', (code) => reject(new Error(`API exited ${code}: ${out}`)));
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (server.exitCode !== null || server.signalCode !== null) return resolve();
      server.once('exit', () => resolve());
      server.kill('SIGTERM');
    });
  return { base, stop };
}
