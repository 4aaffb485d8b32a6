import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** A free TCP port on 127.0.0.1 (asked of the OS, then released). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * A redis-server child process of a test's own, on its own port: no RDB snapshots (`--save ''`), but an
 * append-only file fsync'ed on every write in `dir`, so a restart after a kill finds every acknowledged write — and
 * shows whether anything was half-written.
 */
export async function startRedisServer(dir: string, port?: number) {
  const p = port ?? (await freePort());
  let child = await launch(p, dir);
  const exited = (c: ChildProcess) => c.exitCode !== null || c.signalCode !== null;
  return {
    port: p,
    url: `redis://127.0.0.1:${p}`,
    /** Kills the server (SIGKILL by default) and waits for it to be gone. */
    stop: (signal: NodeJS.Signals = 'SIGKILL') =>
      new Promise<void>((resolve) => {
        if (exited(child)) return resolve();
        child.once('exit', () => resolve());
        child.kill(signal);
      }),
    /** Freezes the server: connections stay open, nothing is answered. */
    pause: () => void child.kill('SIGSTOP'),
    /** Lets a frozen server carry on. */
    resume: () => void child.kill('SIGCONT'),
    /** Starts the server again on the same port and directory. */
    restart: async () => {
      child = await launch(p, dir);
    },
  };
}

function launch(port: number, dir: string): Promise<ChildProcess> {
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'yes', '--appendfsync', 'always', '--dir', dir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`redis-server did not start:\n${out}`)), 10_000);
    child.stdout!.on('data', (d) => {
      out += d;
      if (out.includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.stderr!.on('data', (d) => (out += d));
    child.once('error', (err) => reject(err));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`redis-server exited with ${code}:\n${out}`));
    });
  });
}
