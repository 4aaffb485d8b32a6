import { afterEach, expect, it } from 'vitest';
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

async function api(base: string, method: string, path: string, key: string, body?: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(base + path, {
    method,
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', ...headers },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  return { status: res.status, json: (await res.json()) as any };
}

async function allSessionIds(base: string, key: string, studyId: string): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const page = await api(base, 'GET', `/v1/sessions?studyId=${studyId}&limit=100${cursor ? `&cursor=${cursor}` : ''}`, key);
    ids.push(...page.json.data.map((s: { id: string }) => s.id));
    cursor = page.json.nextCursor;
  } while (cursor);
  return ids;
}

it('creates each keyed session exactly once across a SIGKILL mid-way, and answers every retry after restart at once', { timeout: 120_000 }, async () => {
  const dir = await mkdtemp(join(tmpdir(), 'parley-idem-crash-'));
  dirs.push(dir);
  const secret = 'sk_idempotency_crash_secret_01';
  const publishable = 'pk_idempotency_crash_public_01';
  const env = { PARLEY_DATA_DIR: dir, PARLEY_SECRET_KEY: secret, PARLEY_PUBLISHABLE_KEY: publishable, PARLEY_LOG_REQUESTS: '0' };
  const first = await startServer(env);
  running.push(first);
  const study = await api(first.url, 'POST', '/v1/studies', secret, { researchQuestion: 'What frustrates customers after a support ticket?', status: 'live' });
  expect(study.status).toBe(201);

  const keys = Array.from({ length: 200 }, (_, i) => `create-${i}`);
  const bodyOf = (i: number) => ({ studyId: study.json.id, participant: { id: `u_${i}` } });
  const start = (base: string, i: number) => api(base, 'POST', '/v1/sessions', publishable, bodyOf(i), { 'idempotency-key': keys[i]! });
  // Keyed creates in flight, 25 at a time; the process is killed once 60 have been answered, mid-stream of the rest.
  const before = new Map<number, { status: number; json: any }>();
  let next = 0;
  let killed = false;
  await new Promise<void>((resolve) => {
    const worker = async (): Promise<void> => {
      while (!killed && next < keys.length) {
        const i = next++;
        const res = await start(first.url, i).catch(() => null);
        if (res && !killed) before.set(i, res);
        if (before.size >= 60 && !killed) {
          killed = true;
          first.child.kill('SIGKILL');
        }
      }
    };
    void Promise.all(Array.from({ length: 25 }, worker)).then(() => resolve());
  });
  await first.kill();
  expect(before.size).toBeGreaterThanOrEqual(60);
  expect(next).toBeLessThan(keys.length);

  const second = await startServer(env);
  running.push(second);
  const survived = await allSessionIds(second.url, secret, study.json.id);
  // Typically 10–20 sessions were written but never answered: the window this test is about.
  expect(survived.length).toBeGreaterThanOrEqual(before.size);
  // Every key retried (answered or not before the crash): each must be 2xx at once, never a 409 "in progress".
  const t0 = Date.now();
  const retries = await Promise.all(keys.map((_, i) => start(second.url, i)));
  expect(Date.now() - t0).toBeLessThan(20_000);
  expect(retries.map((r) => r.status)).toEqual(keys.map(() => 201));
  for (const [i, res] of before) if (res.status === 201) expect(retries[i]!.json).toEqual(res.json);
  const retriedIds = retries.map((r) => r.json.id as string);
  expect(new Set(retriedIds).size).toBe(keys.length);
  // Sessions written before the crash (answered or not) are the ones the retries returned, not second copies.
  for (const id of survived) expect(retriedIds).toContain(id);
  const after = await allSessionIds(second.url, secret, study.json.id);
  expect(after.sort()).toEqual([...retriedIds].sort());
  const read = await api(second.url, 'GET', `/v1/studies/${study.json.id}`, secret);
  expect(read.json.stats.sessions).toBe(keys.length);
  // The tokens the retries handed out work, including for sessions first written by the process that died.
  for (const r of retries.slice(0, 80)) expect((await api(second.url, 'GET', `/v1/sessions/${r.json.id}`, r.json.token)).status).toBe(200);
});
