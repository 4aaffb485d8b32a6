import { afterEach, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type ServerProcess } from './node-server.ts';

const running: ServerProcess[] = [];
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.kill()));
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function start(env: Record<string, string>) {
  const s = await startServer(env);
  running.push(s);
  return s;
}

async function api(base: string, method: string, path: string, key: string, body?: unknown) {
  const res = await fetch(base + path, {
    method,
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  return { status: res.status, json: (await res.json()) as any };
}

describe('the Node server on the embedded store', () => {
  it('keeps every acknowledged write when SIGKILLed right after a 2xx', { timeout: 60_000 }, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'parley-durable-'));
    dirs.push(dir);
    const env = { PARLEY_DATA_DIR: dir, PARLEY_SECRET_KEY: 'sk_durability_test_secret_0001', PARLEY_PUBLISHABLE_KEY: 'pk_durability_test_public_0001', PARLEY_LOG_REQUESTS: '0' };
    const first = await start(env);
    const study = await api(first.url, 'POST', '/v1/studies', env.PARLEY_SECRET_KEY, { researchQuestion: 'What frustrates customers after a support ticket?', status: 'live' });
    expect(study.status).toBe(201);
    const session = await api(first.url, 'POST', '/v1/sessions', env.PARLEY_PUBLISHABLE_KEY, { studyId: study.json.id, participant: { id: 'u_1' } });
    expect(session.status).toBe(201);
    const replies: string[] = [];
    for (let i = 0; i < 3; i++) {
      const turn = await api(first.url, 'POST', `/v1/sessions/${session.json.id}/turns`, session.json.token, { id: `k${i}`, text: `Answer number ${i}: the billing page was confusing.` });
      expect(turn.status).toBe(200);
      replies.push(turn.json.reply.id);
    }
    // Fire one more turn and kill the process the instant its 2xx arrives.
    const last = await api(first.url, 'POST', `/v1/sessions/${session.json.id}/turns`, session.json.token, { id: 'k3', text: 'Last answer before the crash.' });
    expect(last.status).toBe(200);
    first.child.kill('SIGKILL');
    await first.kill();

    const second = await start(env);
    const readStudy = await api(second.url, 'GET', `/v1/studies/${study.json.id}`, env.PARLEY_SECRET_KEY);
    expect(readStudy.json).toMatchObject({ id: study.json.id, status: 'live', stats: { sessions: 1 } });
    const readSession = await api(second.url, 'GET', `/v1/sessions/${session.json.id}`, session.json.token);
    expect(readSession.status).toBe(200);
    const ids = readSession.json.turns.map((t: { id: string }) => t.id);
    expect(ids).toEqual([session.json.turns[0].id, 'k0', replies[0], 'k1', replies[1], 'k2', replies[2], 'k3', last.json.reply.id]);
    // The session token still works, and a retry of the last turn returns the stored reply.
    const retry = await api(second.url, 'POST', `/v1/sessions/${session.json.id}/turns`, session.json.token, { id: 'k3', text: 'Last answer before the crash.' });
    expect(retry.json.reply).toEqual(last.json.reply);
  });

  it('generates the bootstrap keys once, prints them on that start only, and keeps them after a restart', { timeout: 60_000 }, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'parley-boot-'));
    dirs.push(dir);
    const first = await start({ PARLEY_DATA_DIR: dir });
    const secret = /Secret key\s+(sk_\S+)/.exec(first.output())?.[1];
    const admin = /Admin key\s+(ak_\S+)/.exec(first.output())?.[1];
    expect(secret).toBeDefined();
    expect(first.output()).toMatch(/Parley is running at http:\/\/127\.0\.0\.1:\d+/);
    expect((await api(first.url, 'GET', '/v1/studies', secret!)).status).toBe(200);
    const ws = await api(first.url, 'POST', '/v1/workspaces', admin!, { name: 'Second' });
    expect(ws.status).toBe(201);
    await first.kill('SIGTERM');
    const second = await start({ PARLEY_DATA_DIR: dir });
    // Printed once: a later start points at bootstrap.json instead of writing the keys into another log.
    expect(second.output()).not.toContain(secret!);
    expect(second.output()).not.toContain(admin!);
    expect(second.output()).toMatch(/Secret key\s+\(not shown again: see .*bootstrap\.json\)/);
    expect((await api(second.url, 'GET', '/v1/studies', secret!)).status).toBe(200);
    expect((await api(second.url, 'GET', '/v1/studies', ws.json.secretKey)).status).toBe(200);
  });
});
