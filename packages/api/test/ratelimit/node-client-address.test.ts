import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type ServerProcess } from '../node-server.ts';

// Two real Node servers (embedded store, in-process limits): one trusting a reverse proxy's headers, one not.
const SK = 'sk_ratelimit_test_secret_000000001';
const PK = 'pk_ratelimit_test_publishable_0001';
const servers: ServerProcess[] = [];
const dirs: string[] = [];

async function server(extra: Record<string, string>) {
  const dir = await mkdtemp(join(tmpdir(), 'parley-rl-'));
  dirs.push(dir);
  const s = await startServer({ PARLEY_DATA_DIR: dir, PARLEY_SECRET_KEY: SK, PARLEY_PUBLISHABLE_KEY: PK, PARLEY_LOG_REQUESTS: '0', PARLEY_RATE_LIMITS: 'on', PARLEY_RATE_LIMIT_SESSIONS: '2/1h', ...extra });
  servers.push(s);
  return s;
}

let trusting: ServerProcess;
let direct: ServerProcess;
beforeAll(async () => {
  [trusting, direct] = await Promise.all([server({ PARLEY_TRUST_PROXY: '1' }), server({})]);
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.kill('SIGTERM')));
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

async function startSession(s: ServerProcess, forwardedFor: string) {
  const study = await fetch(`${s.url}/v1/studies`, {
    method: 'POST',
    headers: { authorization: `Bearer ${SK}`, 'content-type': 'application/json', 'idempotency-key': `study-${s.url}` },
    body: JSON.stringify({ researchQuestion: 'What slows teams down when they set up reports?', status: 'live' }),
  }).then((r) => r.json() as Promise<{ id: string }>);
  return fetch(`${s.url}/v1/sessions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${PK}`, 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
    body: JSON.stringify({ studyId: study.id }),
  });
}

describe('client address for per-address limits on Node', () => {
  it('comes from the proxy headers when PARLEY_TRUST_PROXY=1', async () => {
    expect((await startSession(trusting, '203.0.113.7')).status).toBe(201);
    expect((await startSession(trusting, '10.0.0.1, 203.0.113.7')).status).toBe(201);
    expect((await startSession(trusting, '203.0.113.7')).status).toBe(429);
    expect((await startSession(trusting, '203.0.113.8')).status).toBe(201);
  });

  it('comes from the socket otherwise, whatever the headers say', async () => {
    expect((await startSession(direct, '203.0.113.7')).status).toBe(201);
    expect((await startSession(direct, '203.0.113.8')).status).toBe(201);
    const third = await startSession(direct, '203.0.113.9');
    expect(third.status).toBe(429);
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
