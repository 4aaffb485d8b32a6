import { afterEach, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type ServerProcess } from '../node-server.ts';
import { startSlowModel } from './slow-model.ts';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c().catch(() => {});
});

async function api(base: string, method: string, path: string, key: string, body?: unknown) {
  const res = await fetch(base + path, { method, headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, ...(body ? { body: JSON.stringify(body) } : {}) });
  return { status: res.status, json: (await res.json()) as any };
}

/** Posts a turn as the widget does and resolves with the stream's events once the server ends it. */
async function streamTurn(base: string, sessionId: string, token: string, id: string, text: string) {
  const res = await fetch(`${base}/v1/sessions/${sessionId}/turns`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify({ id, text }),
  });
  const raw = await res.text();
  return raw
    .split('\n\n')
    .filter((block) => block.trim() !== '')
    .map((block) => ({ event: /^event: (.*)$/m.exec(block)?.[1], data: JSON.parse(/^data: (.*)$/m.exec(block)?.[1] ?? 'null') }));
}

function exited(server: ServerProcess): Promise<number | null> {
  if (server.child.exitCode !== null) return Promise.resolve(server.child.exitCode);
  return new Promise((resolve) => server.child.once('exit', (code) => resolve(code)));
}

it('on SIGTERM finishes a slow model turn in flight, and cuts one past the drain limit with an error event', { timeout: 60_000 }, async () => {
  const model = await startSlowModel(2_500);
  cleanups.push(model.close);
  const dir = await mkdtemp(join(tmpdir(), 'parley-shutdown-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  const secret = 'sk_graceful_shutdown_secret_01';
  // Timeout 4 s, no retries: the drain limit is 4 s + 2 s.
  const server = await startServer({
    PARLEY_DATA_DIR: dir,
    PARLEY_SECRET_KEY: secret,
    PARLEY_LOG_REQUESTS: '0',
    PARLEY_INTERVIEWER: 'llm',
    OPENAI_BASE_URL: `${model.url}/v1`,
    PARLEY_LLM_TIMEOUT_MS: '4000',
    PARLEY_LLM_MAX_RETRIES: '0',
  });
  cleanups.push(() => server.kill());
  const study = await api(server.url, 'POST', '/v1/studies', secret, { researchQuestion: 'What frustrates customers after a support ticket?', status: 'live' });
  expect(study.status).toBe(201);
  const a = await api(server.url, 'POST', '/v1/sessions', secret, { studyId: study.json.id });
  const b = await api(server.url, 'POST', '/v1/sessions', secret, { studyId: study.json.id });
  expect([a.status, b.status]).toEqual([201, 201]);

  const slow = streamTurn(server.url, a.json.id, a.json.token, 'turn-slow', 'SLOW: the billing page was confusing.');
  const endless = streamTurn(server.url, b.json.id, b.json.token, 'turn-endless', 'ENDLESS: the billing page was confusing.');
  await new Promise((r) => setTimeout(r, 500));
  const t0 = Date.now();
  const exit = exited(server);
  server.child.kill('SIGTERM');

  const slowEvents = await slow;
  expect(slowEvents.at(-1)).toMatchObject({ event: 'done', data: { turn: { id: 'turn-slow' } } });
  const endlessEvents = await endless;
  expect(endlessEvents.at(-1)).toEqual({ event: 'error', data: { type: 'upstream', message: 'The server is restarting; send your answer again.' } });
  const cutAfter = Date.now() - t0;
  expect(cutAfter).toBeGreaterThan(5_000);
  expect(cutAfter).toBeLessThan(15_000);
  expect(await exit).toBe(0);

  // The next process has the finished turn; the cut one is taken afresh when the widget sends it again.
  const next = await startServer({ PARLEY_DATA_DIR: dir, PARLEY_SECRET_KEY: secret, PARLEY_LOG_REQUESTS: '0' });
  cleanups.push(() => next.kill());
  const readA = await api(next.url, 'GET', `/v1/sessions/${a.json.id}`, a.json.token);
  expect(readA.json.turns.map((t: { id: string }) => t.id)).toContain('turn-slow');
  const retried = await streamTurn(next.url, b.json.id, b.json.token, 'turn-endless', 'ENDLESS: the billing page was confusing.');
  expect(retried.at(-1)).toMatchObject({ event: 'done', data: { turn: { id: 'turn-endless' } } });
});
