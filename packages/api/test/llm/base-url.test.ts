import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type ServerProcess } from '../node-server.ts';
import { startLocalModel } from './local-model-server.ts';
import { parseSse } from '../harness.ts';

const SK = 'sk_llm_base_url_test_0000000001';
const PK = 'pk_llm_base_url_test_0000000001';
const PLAN = {
  researchType: 'discovery',
  description: 'How teams plan their week with the product.',
  goals: ['Learn how weekly planning happens', 'Find where planning breaks down', 'See which tools sit next to ours'],
  targetParticipants: 'Team leads who plan weekly.',
  // The older two lists, as a model may still answer: standalone questions, eight in all.
  mandatoryQuestions: ['Walk me through how you planned last week.', 'Tell me about a time last week when your plan broke down.', 'What did you do when your plan broke down?'],
  coreQuestions: [
    'Who else was involved in planning your week?',
    'Which other tools did you use to plan your week?',
    'How long did planning your week take?',
    'What happened in the week after your plan broke down?',
    'What else about planning your week should we know?',
  ],
  flow: ['Planning', 'Breakdowns', 'Wrap-up'],
};

let local: Awaited<ReturnType<typeof startLocalModel>>;
let server: ServerProcess;
let dir: string;

beforeAll(async () => {
  // A local OpenAI-compatible server (as Ollama, vLLM or LM Studio would be): no key needed.
  local = await startLocalModel((req) =>
    req.body.stream
      ? { stream: 'probe\nYou said planning broke down — what happened on the day it did?\nNOTE: planning breaks down midweek' }
      : { json: JSON.stringify(PLAN) },
  );
  dir = await mkdtemp(join(tmpdir(), 'parley-llm-'));
  server = await startServer({
    PARLEY_DATA_DIR: dir,
    PARLEY_SECRET_KEY: SK,
    PARLEY_PUBLISHABLE_KEY: PK,
    OPENAI_BASE_URL: `${local.url}/v1`,
    OPENAI_API_KEY: '',
    PARLEY_INTERVIEWER: '',
    PARLEY_MODEL: 'llama3.2:3b',
  });
}, 30_000);

afterAll(async () => {
  await server?.kill('SIGTERM');
  await local?.close();
  await rm(dir, { recursive: true, force: true });
});

async function post(path: string, key: string, body: unknown, accept = 'application/json') {
  return fetch(server.url + path, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', accept }, body: JSON.stringify(body) });
}

describe('OPENAI_BASE_URL alone: a local OpenAI-compatible server, no API key', () => {
  it('says so at start and in /healthz, drafts the plan and answers turns with the local model', async () => {
    expect(server.output()).toContain(`Interviewer      llm · llama3.2:3b · ${local.url}/v1 (no API key)`);
    const health = await (await fetch(`${server.url}/healthz`)).json();
    expect(health.interviewer).toBe('llm');

    const study = await (await post('/v1/studies', SK, { researchQuestion: 'How do team leads plan their week with our product?', status: 'live' })).json();
    expect(study.plan.mandatoryQuestions).toEqual(PLAN.mandatoryQuestions);
    const session = await (await post('/v1/sessions', PK, { studyId: study.id })).json();
    expect(session.turns[0].text).toContain(PLAN.mandatoryQuestions[0]);

    const res = await post(`/v1/sessions/${session.id}/turns`, session.token, { id: 'turn-1', text: 'It broke down on Wednesday.' }, 'text/event-stream');
    const events = parseSse(await res.text());
    expect(events.filter((e) => e.event === 'delta').length).toBeGreaterThan(3);
    expect(events.at(-1)).toMatchObject({ event: 'done', data: { reply: { text: 'You said planning broke down — what happened on the day it did?' } } });

    const turn = local.requests.find((r) => r.body.stream)!;
    expect(turn.headers.get('authorization')).toBeNull();
    expect(turn.body).toMatchObject({ model: 'llama3.2:3b', max_tokens: expect.any(Number), stream_options: { include_usage: true } });
    expect(turn.body.max_completion_tokens).toBeUndefined();
    const read = await (await fetch(`${server.url}/v1/sessions/${session.id}`, { headers: { authorization: `Bearer ${SK}` } })).json();
    expect(read).toMatchObject({ interviewer: 'llm', fallbacks: 0 });
    expect(read.usage.promptTokens).toBeGreaterThan(0);
  });
});
