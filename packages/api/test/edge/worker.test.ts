import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { Miniflare } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSse } from '../harness.ts';
import { deleteKeysWithPrefix, openTestRedisStore, TEST_REDIS_URL } from '../../src/store/redis/redis-test-support.ts';
import { startUpstashRestBridge } from './upstash-rest-bridge.ts';
import { startLocalModel } from '../llm/local-model-server.ts';
import { allowedMoves } from '../llm/fake-openai.ts';

// The built worker (src/runtime/worker.ts) in workerd via Miniflare, offline, on the real Redis through the REST path:
// worker → @upstash/redis over HTTP → the local REST bridge → Redis on 127.0.0.1:6379.
const apiRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ADMIN = 'ak_edge_test_admin_key_000000001';
const TOKEN = 'edge-test-rest-token';
const prefix = `parley-test:${randomUUID()}:`;
const BASE = 'https://parley.example';

let dir: string;
let bridge: Awaited<ReturnType<typeof startUpstashRestBridge>>;
let mf: Miniflare;
let nodeImports: Record<string, string[]> = {};
let scriptPath = '';

/** Bundles an edge entry the way the deploy guides do; returns its Node built-in (or unresolved) imports. */
async function bundle(entry: string, outfile: string): Promise<string[]> {
  const result = await build({
    entryPoints: [join(apiRoot, entry)],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    conditions: ['worker', 'browser'],
    mainFields: ['module', 'main'],
    outfile,
    metafile: true,
    logLevel: 'silent',
  });
  return Object.values(result.metafile.inputs).flatMap((input) => input.imports.filter((i) => i.external || i.path.startsWith('node:')).map((i) => i.path));
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parley-edge-'));
  scriptPath = join(dir, 'worker.js');
  nodeImports = {
    worker: await bundle('src/runtime/worker.ts', scriptPath),
    vercel: await bundle('src/runtime/vercel-edge.ts', join(dir, 'vercel-edge.js')),
  };
  bridge = await startUpstashRestBridge({ redisUrl: TEST_REDIS_URL, token: TOKEN });
  mf = new Miniflare({
    modules: true,
    scriptPath,
    // Module names are paths relative to this root; the default (the working directory) would need "..".
    modulesRoot: dir,
    compatibilityDate: '2026-04-26',
    bindings: {
      UPSTASH_REDIS_REST_URL: bridge.url,
      UPSTASH_REDIS_REST_TOKEN: TOKEN,
      PARLEY_ADMIN_KEY: ADMIN,
      PARLEY_REDIS_PREFIX: prefix,
      PARLEY_LOG_REQUESTS: '0',
      // Generous limits: on, so the edge path runs @upstash/ratelimit too, without getting in the way.
      PARLEY_RATE_LIMITS: 'on',
    },
  });
  await mf.ready;
});

afterAll(async () => {
  await mf?.dispose();
  await bridge?.close();
  const { redis, cleanup } = await openTestRedisStore(`${prefix}sweep:`);
  await deleteKeysWithPrefix(redis, prefix);
  await cleanup();
  await rm(dir, { recursive: true, force: true });
});

async function call(method: string, path: string, key: string, body?: unknown, accept?: string) {
  return mf.dispatchFetch(BASE + path, {
    method,
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', ...(accept ? { accept } : {}) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

/** A response body as JSON, untyped (the test checks its shape). */
const json = async (res: { json(): Promise<unknown> }): Promise<any> => res.json();

describe('the Cloudflare Workers build', () => {
  it('bundles without any Node built-in, as does the Vercel Edge entry', () => {
    expect(nodeImports).toEqual({ worker: [], vercel: [] });
  });

  it('runs one whole interview in workerd on Redis through the REST API, with streamed replies', async () => {
    const health = await json(await mf.dispatchFetch(`${BASE}/healthz`));
    expect(health).toMatchObject({ ok: true, store: 'redis', interviewer: 'offline' });

    const ws = await json(await call('POST', '/v1/workspaces', ADMIN, { name: 'Edge Co' }));
    expect(ws.secretKey).toMatch(/^sk_/);
    const studyRes = await call('POST', '/v1/studies', ws.secretKey, { researchQuestion: 'Why do customers stop using saved reports?', status: 'live' });
    expect(studyRes.status).toBe(201);
    const study = await json(studyRes);
    const sessionRes = await call('POST', '/v1/sessions', ws.publishableKey, { studyId: study.id, participant: { id: 'u_edge' } });
    expect(sessionRes.status).toBe(201);
    const session = await json(sessionRes);

    const answers = ['I used saved reports for the weekly sales numbers.', 'They got slow and out of date.', 'Now I export to a spreadsheet.', 'not sure'];
    let status = 'active';
    let turns = 0;
    for (let i = 0; status === 'active' && i < 40; i++) {
      const res = await call('POST', `/v1/sessions/${session.id}/turns`, session.token, { id: `edge-${i}`, text: answers[i % answers.length] }, 'text/event-stream');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/event-stream');
      // Read the stream as it comes: the first piece must be a delta, before the reply is finished.
      const reader = res.body!.getReader();
      const decoder = new TextDecoder();
      let text = decoder.decode((await reader.read()).value, { stream: true });
      if (i === 0) expect(text.startsWith('event: delta')).toBe(true);
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        text += decoder.decode(value, { stream: true });
      }
      const events = parseSse(text);
      const done = events.at(-1)!;
      expect(done.event).toBe('done');
      expect(events.filter((e) => e.event === 'delta').map((e) => e.data.text).join('')).toBe(done.data.reply.text);
      status = done.data.status;
      turns++;
    }
    expect(status).toBe('completed');

    const read = await json(await call('GET', `/v1/sessions/${session.id}`, ws.secretKey));
    expect(read.status).toBe('completed');
    expect(read.turns).toHaveLength(1 + 2 * turns);
    const stats = await json(await call('GET', `/v1/studies/${study.id}`, ws.secretKey));
    expect(stats.stats).toMatchObject({ sessions: 1, completed: 1, inProgress: 0 });

    // It all went through the bridge into the real Redis, under this run's prefix.
    expect(bridge.requests()).toBeGreaterThan(3 * turns);
    const { redis, cleanup } = await openTestRedisStore(`${prefix}check:`);
    try {
      const stored = await redis.exec<string[]>(['HGET', `${prefix}ws:${ws.id}:se:${session.id}`, 'status']);
      expect(stored).toBe('"completed"');
    } finally {
      await cleanup();
    }
  });

  it('serves through the Vercel Edge entry with settings from process.env', async () => {
    const saved = { ...process.env };
    Object.assign(process.env, { UPSTASH_REDIS_REST_URL: bridge.url, UPSTASH_REDIS_REST_TOKEN: TOKEN, PARLEY_ADMIN_KEY: ADMIN, PARLEY_REDIS_PREFIX: prefix, PARLEY_LOG_REQUESTS: '0', PARLEY_INTERVIEWER: 'offline' });
    try {
      const { default: handler } = await import('../../src/runtime/vercel-edge.ts');
      const kept: Promise<unknown>[] = [];
      const created = await handler(
        new Request(`${BASE}/v1/workspaces`, { method: 'POST', headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' }, body: JSON.stringify({ name: 'Vercel Co' }) }),
        { waitUntil: (work) => void kept.push(work) },
      );
      expect(created.status).toBe(201);
      const ws = await json(created);
      const studies = await handler(new Request(`${BASE}/v1/studies`, { headers: { authorization: `Bearer ${ws.secretKey}` } }));
      expect(await json(studies)).toEqual({ data: [], nextCursor: null });
    } finally {
      for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
      Object.assign(process.env, saved);
    }
  });

  it('interviews with a language model in workerd when OPENAI_BASE_URL points at an OpenAI-compatible server', async () => {
    const model = await startLocalModel((req) => {
      const move = allowedMoves(req).includes('probe') ? 'probe' : 'next';
      return { stream: `${move}\nWhat made the saved reports feel slow to you?\nNOTE: reports slow`, pieceDelayMs: 2 };
    });
    const llmWorker = new Miniflare({
      modules: true,
      scriptPath,
      modulesRoot: dir,
      compatibilityDate: '2026-04-26',
      bindings: { UPSTASH_REDIS_REST_URL: bridge.url, UPSTASH_REDIS_REST_TOKEN: TOKEN, PARLEY_ADMIN_KEY: ADMIN, PARLEY_REDIS_PREFIX: prefix, PARLEY_LOG_REQUESTS: '0', OPENAI_BASE_URL: `${model.url}/v1`, PARLEY_MODEL: 'local-model' },
    });
    try {
      const send = (method: string, path: string, key: string, body?: unknown, accept?: string) =>
        llmWorker.dispatchFetch(BASE + path, { method, headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', ...(accept ? { accept } : {}) }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
      expect(await json(await llmWorker.dispatchFetch(`${BASE}/healthz`))).toMatchObject({ interviewer: 'llm' });
      const ws = await json(await send('POST', '/v1/workspaces', ADMIN, { name: 'Edge LLM Co' }));
      const study = await json(await send('POST', '/v1/studies', ws.secretKey, { researchQuestion: 'Why do customers stop using saved reports?', status: 'live', plan: { researchType: 'discovery', description: 'Saved reports', goals: ['a goal', 'another goal', 'a third goal'], targetParticipants: 'Report users', mandatoryQuestions: [], coreQuestions: ['How do you use saved reports?', 'What would make saved reports more useful to you?'], flow: ['use', 'wishes'], maxTurns: 6, maxMinutes: 15 } }));
      const session = await json(await send('POST', '/v1/sessions', ws.publishableKey, { studyId: study.id }));
      const res = await send('POST', `/v1/sessions/${session.id}/turns`, session.token, { id: 'llm-1', text: 'They got really slow last month and I gave up on them.' }, 'text/event-stream');
      const events = parseSse(await res.text());
      const done = events.at(-1)!;
      expect(done.event).toBe('done');
      expect(events.filter((e) => e.event === 'delta').length).toBeGreaterThan(1);
      expect(done.data.reply.text).toContain('saved reports feel slow');
      expect(model.requests.some((r) => r.body.model === 'local-model' && r.body.stream === true)).toBe(true);
    } finally {
      await llmWorker.dispose();
      await model.close();
    }
  });
});
