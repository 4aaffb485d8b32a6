import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type ServerProcess } from '../node-server.ts';
import { ADMIN_KEY, makeTestApp, parseSse } from '../harness.ts';
import { deleteKeysWithPrefix, openTestRedisStore, TEST_REDIS_URL } from '../../src/store/redis/redis-test-support.ts';

// Two Node API processes on one Redis (TCP, REDIS_URL) serve one interview alternately; the transcript must be the
// one a single process on the embedded store gives for the same answers (the offline interviewer is deterministic).
const prefix = `parley-test:${randomUUID()}:`;
const SK = 'sk_two_processes_secret_key_00001';
const PK = 'pk_two_processes_publishable_0001';
const QUESTION = 'What frustrates customers after their support ticket is solved?';
const ANSWERS = [
  'I run a small agency and we use the product every morning to plan client work.',
  'It was fine I guess.',
  'The billing page was really confusing and I was charged twice last month.',
  'not sure',
  'We export reports to spreadsheets at the end of every month, it takes hours.',
  'Support answered quickly by chat but the fix took a week.',
];

let dir: string;
let a: ServerProcess;
let b: ServerProcess;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parley-two-'));
  const env = {
    REDIS_URL: TEST_REDIS_URL,
    PARLEY_REDIS_PREFIX: prefix,
    PARLEY_DATA_DIR: dir,
    PARLEY_SECRET_KEY: SK,
    PARLEY_PUBLISHABLE_KEY: PK,
    PARLEY_ADMIN_KEY: ADMIN_KEY,
    PARLEY_LOG_REQUESTS: '0',
  };
  // One after the other: the first creates the bootstrap workspace in Redis, the second finds it there.
  a = await startServer(env);
  b = await startServer(env);
});
afterAll(async () => {
  await Promise.all([a?.kill('SIGTERM'), b?.kill('SIGTERM')]);
  const { redis, cleanup } = await openTestRedisStore(`${prefix}sweep:`);
  await deleteKeysWithPrefix(redis, prefix);
  await cleanup();
  await rm(dir, { recursive: true, force: true });
});

type Send = (method: string, path: string, key: string, body?: unknown, accept?: string) => Promise<Response>;
const over =
  (base: string): Send =>
  (method, path, key, body, accept) =>
    fetch(base + path, {
      method,
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', ...(accept ? { accept } : {}) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });

/** Drives one whole interview: the study on `sends[0]`, the session on `sends[1 % n]`, turn i on `sends[i % n]`. */
async function interview(sends: Send[], keys: { sk: string; pk: string }) {
  const at = (i: number) => sends[i % sends.length]!;
  const study = await (await at(0)('POST', '/v1/studies', keys.sk, { researchQuestion: QUESTION, status: 'live' })).json();
  const session = await (await at(1)('POST', '/v1/sessions', keys.pk, { studyId: study.id })).json();
  let status = 'active';
  for (let i = 0; status === 'active' && i < 40; i++) {
    const res = await at(i)('POST', `/v1/sessions/${session.id}/turns`, session.token, { id: `turn-${i}`, text: ANSWERS[i % ANSWERS.length] }, 'text/event-stream');
    const events = parseSse(await res.text());
    expect(events.at(-1)!.event).toBe('done');
    expect(events.filter((e) => e.event === 'delta').map((e) => e.data.text).join('')).toBe(events.at(-1)!.data.reply.text);
    status = events.at(-1)!.data.status;
  }
  const read = async (send: Send) => (await send('GET', `/v1/sessions/${session.id}`, keys.sk)).json();
  return { study, reads: await Promise.all(sends.map(read)) };
}

/** What must match between runs: everything but ids and times. */
const transcript = (s: any) => ({
  status: s.status,
  progress: s.progress,
  fallbacks: s.fallbacks,
  endReason: s.endReason,
  turns: s.turns.map((t: any) => ({ role: t.role, text: t.text })),
});

describe('two Node API processes on one Redis', () => {
  it('serve one interview alternately with the same result as one process', async () => {
    const { study, reads } = await interview([over(a.url), over(b.url)], { sk: SK, pk: PK });
    const [onA, onB] = reads;
    expect(onA).toEqual(onB);
    expect(onA.status).toBe('completed');
    expect(onA.turns.filter((t: any) => t.role === 'participant').map((t: any) => t.id)).toEqual(
      onA.turns.filter((t: any) => t.role === 'participant').map((_: unknown, i: number) => `turn-${i}`),
    );
    const health = await (await fetch(`${a.url}/healthz`)).json();
    expect(health.store).toBe('redis');
    const stats = await (await over(b.url)('GET', `/v1/studies/${study.id}`, SK)).json();
    expect(stats.stats).toMatchObject({ sessions: 1, completed: 1, inProgress: 0 });

    const single = await makeTestApp();
    try {
      const ws = await single.workspace();
      const local: Send = async (method, path, key, body, accept) =>
        single.app.request(path, {
          method,
          headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', ...(accept ? { accept } : {}) },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        });
      const embedded = await interview([local], { sk: ws.secretKey, pk: ws.publishableKey });
      expect(transcript(onA)).toEqual(transcript(embedded.reads[0]));
    } finally {
      await single.cleanup();
    }
  });

  it('give the same insights on either process, whichever one served each interview', async () => {
    const [onA, onB] = [over(a.url), over(b.url)];
    const study = await (await onA('POST', '/v1/studies', SK, { researchQuestion: QUESTION, status: 'live' })).json();
    for (const [send, answers] of [
      [onA, ['The billing page charged me twice and support took four days to reply.', 'A refund and a faster reply would have fixed it.']],
      [onB, ['The chat agent sorted my invoice problem in five minutes.', 'It was a great experience, she was friendly.']],
    ] as const) {
      const session = await (await send('POST', '/v1/sessions', PK, { studyId: study.id })).json();
      for (const [i, text] of answers.entries()) expect((await send('POST', `/v1/sessions/${session.id}/turns`, session.token, { id: `t${i}`, text })).status).toBe(200);
    }
    // Each process analysed only the interview it served; a read notices the other's work and reloads.
    const insightsOn = async (send: Send) => {
      for (let i = 0; i < 60; i++) {
        const insights = await (await send('GET', `/v1/studies/${study.id}/insights`, SK)).json();
        if (insights.sessionsAnalyzed === 2) return insights;
        await new Promise((r) => setTimeout(r, 250));
      }
      throw new Error('insights never covered both interviews');
    };
    const [fromA, fromB] = [await insightsOn(onA), await insightsOn(onB)];
    expect(fromA.turnsAnalyzed).toBe(4);
    expect(fromB.turnsAnalyzed).toBe(4);
    expect(fromA.sentiment.distribution).toEqual(fromB.sentiment.distribution);
    expect(fromA.themes.map((t: { label: string }) => t.label).sort()).toEqual(fromB.themes.map((t: { label: string }) => t.label).sort());
  });
});
