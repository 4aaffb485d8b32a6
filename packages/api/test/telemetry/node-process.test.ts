import { afterEach, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const apiRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** Starts the real Node entry point with stdout and stderr kept apart; resolves once it listens. */
async function start(env: Record<string, string>) {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/runtime/node.ts'], {
    cwd: apiRoot,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', PARLEY_INTERVIEWER: 'offline', PARLEY_RATE_LIMITS: 'off', PARLEY_SECRET_KEY: '', PARLEY_PUBLISHABLE_KEY: '', PARLEY_ADMIN_KEY: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`did not start:\n${stdout}\n${stderr}`)), 30_000);
    child.stdout!.on('data', (d) => {
      stdout += d;
      const m = /"event":"listening","port":(\d+)/.exec(stdout);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    void exited.then((code) => reject(new Error(`exited with ${code}:\n${stdout}\n${stderr}`)));
  });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    return exited;
  };
  cleanups.push(stop);
  return { url: `http://127.0.0.1:${port}`, stdout: () => stdout, stderr: () => stderr, stop };
}

describe('the Node process with telemetry on', () => {
  it('logs only JSON lines on stdout, prints the banner on stderr with keys only on the first start, and serves /metrics apart', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'parley-otel-'));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    const env = { PARLEY_DATA_DIR: dataDir, PARLEY_METRICS: 'prometheus', PARLEY_METRICS_PORT: '0', PARLEY_METRICS_TOKEN: 'scrape-me' };

    // A stand-in OTLP collector: what the process exports reaches it at the latest on SIGTERM (graceful shutdown flushes).
    const exports: string[] = [];
    const collector = createServer((req, res) => {
      req.resume().on('end', () => {
        exports.push(req.url ?? '');
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((r) => collector.listen(0, '127.0.0.1', r));
    cleanups.push(() => new Promise((r) => collector.close(r)));
    const otlp = `http://127.0.0.1:${(collector.address() as { port: number }).port}`;

    const first = await start({ ...env, PARLEY_OTEL: 'on', OTEL_EXPORTER_OTLP_ENDPOINT: otlp });
    expect((await fetch(`${first.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${first.url}/metrics`)).status).toBe(404);
    await new Promise((r) => setTimeout(r, 100));
    const started = first.stdout().split('\n').filter(Boolean).map((l) => JSON.parse(l)).find((l) => l.event === 'telemetry_started');
    expect(started.prometheus).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
    expect((await fetch(started.prometheus)).status).toBe(401);
    const scrape = await fetch(started.prometheus, { headers: { authorization: 'Bearer scrape-me' } });
    expect(await scrape.text()).toMatch(/^http_server_request_duration_count\{.*http_route="\/healthz"/m);
    expect(exports).not.toContain('/v1/metrics'); // the export interval (60 s) has not come yet …
    expect(await first.stop()).toBe(0);
    expect(exports).toEqual(expect.arrayContaining(['/v1/traces', '/v1/metrics'])); // … the shutdown sent them

    // Every stdout line is a JSON log line; the banner (with the generated keys) went to stderr.
    for (const line of first.stdout().split('\n').filter(Boolean)) expect(() => JSON.parse(line), line).not.toThrow();
    expect(first.stdout()).not.toMatch(/sk_|pk_|ak_/);
    expect(first.stderr()).toContain('Parley is running at');
    expect(first.stderr()).toMatch(/Secret key\s+sk_/);

    const second = await start(env);
    expect(await second.stop()).toBe(0);
    expect(second.stderr()).toContain('Parley is running at');
    expect(second.stderr()).not.toMatch(/sk_|pk_|ak_/);
    expect(second.stderr()).toContain('not shown again');
  }, 90_000);
});
