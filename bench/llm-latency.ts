/**
 * The LLM interviewer's overhead, against a local fake OpenAI-compatible server that streams at a fixed token rate.
 * Starts that server in this process (so its write times and the client's read times share one clock) and the real
 * Node API as a child process pointed at it with OPENAI_BASE_URL, then runs interviews turn by turn over HTTP/SSE.
 * Prints: the API's added latency to the first `delta` over the model's own first token (split into the work before
 * the model is asked, the move line at the model's rate, and the work after its first reply token), prompt tokens per
 * turn over a 30-turn interview, and the token use and cost of one default (15-minute, 16-turn) interview.
 * Usage: node --import tsx bench/llm-latency.ts [--rate 80] [--ttft 400] [--interviews 3] [--think 200]
 * Results: bench/RESULTS.md, "LLM interviewer".
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startApi } from './start-api.ts';

const { values } = parseArgs({
  options: { rate: { type: 'string', default: '80' }, ttft: { type: 'string', default: '400' }, interviews: { type: 'string', default: '3' }, think: { type: 'string', default: '200' } },
});
const RATE = Number(values.rate); // model output tokens per second
const TTFT_MS = Number(values.ttft); // the model's own time to first token
const INTERVIEWS = Number(values.interviews); // 30-turn interviews measured for latency
const THINK_MS = Number(values.think); // the participant's pause between a reply and the next answer (real ones take seconds)
const SK = 'sk_bench_llm_secret_key_00000001';
const PK = 'pk_bench_llm_publishable_key_001';

/** Prices in USD per million tokens, as published on openai.com/api/pricing (an assumption: not re-checked here). */
const PRICES = {
  'gpt-4.1-mini (default)': { input: 0.4, cachedInput: 0.1, output: 1.6 },
  'gpt-4o-mini': { input: 0.15, cachedInput: 0.075, output: 0.6 },
};

// ---- The fake model -------------------------------------------------------------------------------------------
interface Timing {
  arrived: number;
  firstToken: number;
  firstText: number;
  promptChars: number;
  outputTokens: number;
}
const timings: Timing[] = [];
const REPLIES = [
  'You mentioned the export breaking at month end — what happened the last time it broke, step by step?',
  'That sounds like a long afternoon. When you finally got a call back, what did the person on the phone do?',
  'Thanks, that helps. What did you try on your own before you opened the chat?',
  'Earlier you said the screenshots did not help — what made you send them, and what happened after?',
];
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
/** Splits text into tokens roughly as a BPE tokenizer does: a line break alone, else a word with its leading space. */
const tokensOf = (text: string) => text.match(/\n|[^\S\n]*[^\s]+/g) ?? [];

const model = createServer(async (req, res) => {
  const arrived = performance.now();
  let raw = '';
  for await (const chunk of req) raw += chunk;
  const body = JSON.parse(raw);
  const promptChars = body.messages.reduce((n: number, m: { content: string }) => n + m.content.length, 0);
  if (!body.stream) {
    res.writeHead(400, { 'content-type': 'application/json' }).end('{"error":{"message":"the bench model only streams","type":"invalid_request_error"}}');
    return;
  }
  const user: string = body.messages.at(-1).content;
  const allowed = (/Moves allowed now: ([^.\n]*)\./.exec(user)?.[1] ?? 'next').split(', ');
  const probes = Number(/Follow-ups asked on the current question: (\d+)/.exec(user)?.[1] ?? 0);
  const move = allowed.includes('probe') && probes < 2 ? 'probe' : allowed.includes('next') ? 'next' : allowed[0]!;
  const words = move === 'probe' ? REPLIES[timings.length % REPLIES.length]! : move === 'next' ? 'Thank you, that is really clear.' : 'Thank you so much for your time today.';
  const output = `${move}\n${words}\nNOTE: export broke at month end; chat, screenshots, long wait`;
  const tokens = tokensOf(output);
  const timing: Timing = { arrived, firstToken: 0, firstText: 0, promptChars, outputTokens: tokens.length };
  timings.push(timing);
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  const send = (delta: object, finish: string | null = null, usage: object | null = null) =>
    res.write(`data: ${JSON.stringify({ id: 'chatcmpl-bench', object: 'chat.completion.chunk', created: 0, model: body.model, choices: usage ? [] : [{ index: 0, delta, logprobs: null, finish_reason: finish }], usage })}\n\n`);
  send({ role: 'assistant', content: '' });
  await sleep(TTFT_MS);
  for (let i = 0; i < tokens.length; i += 1) {
    if (i > 0) await sleep(1000 / RATE);
    send({ content: tokens[i] });
    if (i === 0) timing.firstToken = performance.now();
    if (i === 2) timing.firstText = performance.now(); // after the move word and its line break
  }
  send({}, 'stop');
  send({}, null, { prompt_tokens: Math.ceil(promptChars / 4), completion_tokens: tokens.length, total_tokens: Math.ceil(promptChars / 4) + tokens.length });
  res.end('data: [DONE]\n\n');
});
await new Promise<void>((resolve) => model.listen(0, '127.0.0.1', resolve));
const modelUrl = `http://127.0.0.1:${(model.address() as AddressInfo).port}/v1`;

// ---- The API --------------------------------------------------------------------------------------------------
const dir = await mkdtemp(join(tmpdir(), 'parley-bench-llm-'));

/** Starts the real Node API in a child process; `interviewer` llm points it at the fake model. */
async function startApiFor(interviewer: 'llm' | 'offline') {
  const llm: Record<string, string> = interviewer === 'llm' ? { OPENAI_BASE_URL: modelUrl, PARLEY_MODEL: 'bench-model' } : { OPENAI_BASE_URL: '' };
  const { base: url, stop } = await startApi({ PARLEY_DATA_DIR: join(dir, interviewer), PARLEY_SECRET_KEY: SK, PARLEY_PUBLISHABLE_KEY: PK, OPENAI_API_KEY: '', PARLEY_INTERVIEWER: '', ...llm });
  return { url, stop };
}
let base = '';

async function post(path: string, key: string, body: unknown) {
  const res = await fetch(base + path, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`${path} ${res.status} ${await res.text()}`);
  return (await res.json()) as any;
}

const GUIDE = {
  researchType: 'evaluative',
  description: 'What customers go through after a support ticket is closed, and what frustrates them.',
  goals: ['Understand what happened and what they tried first', 'Measure the effort it took', 'Learn how it ended and what would have helped'],
  targetParticipants: 'Customers whose ticket was solved in the last week.',
  mandatoryQuestions: ['Tell me about the issue you contacted support about most recently.', 'How much effort did it take on your side to get your most recent support issue resolved?', 'What would have made getting help from us better for you?'],
  coreQuestions: ['Which channel did you use to get in touch with our support team, and what made you choose it?', 'Walk me through what happened after you got in touch with our support team.', 'What did you do after your last conversation with our support team ended?', 'How did getting help this time compare with the last time you needed help?'],
  flow: ['What happened', 'Getting it resolved', 'Looking back'],
};
const LONG = {
  ...GUIDE,
  mandatoryQuestions: [...GUIDE.mandatoryQuestions, 'What did you expect to happen when you first got in touch?'],
  coreQuestions: [...GUIDE.coreQuestions, 'How did you feel while waiting for an answer?', 'Who else was involved in sorting out the issue?', 'What did you try on your own before contacting support?', 'What changed in how you use the product after your last support conversation?'],
  maxTurns: 40,
  maxMinutes: 120,
};
const answer = (i: number) =>
  `We were in the middle of month-end close when the export broke again (${i}), so I opened a chat, explained it twice, sent screenshots, and waited most of the afternoon before someone called me back.`;

interface TurnSample {
  posted: number;
  firstDelta: number;
  done: number;
}

/** Runs one interview turn by turn; returns client-side timings and the session's recorded usage. */
async function interview(plan: object, maxTurns: number) {
  const study = await post('/v1/studies', SK, { researchQuestion: 'What frustrates customers after their support ticket is closed?', plan, status: 'live' });
  const session = await post('/v1/sessions', PK, { studyId: study.id });
  const samples: TurnSample[] = [];
  const first = timings.length;
  for (let i = 0; i < maxTurns; i += 1) {
    const posted = performance.now();
    const res = await fetch(`${base}/v1/sessions/${session.id}/turns`, {
      method: 'POST',
      headers: { authorization: `Bearer ${session.token}`, accept: 'text/event-stream', 'content-type': 'application/json' },
      body: JSON.stringify({ id: `t${i}`, text: answer(i) }),
    });
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let text = '';
    let firstDelta = 0;
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
      if (!firstDelta && text.includes('event: delta')) firstDelta = performance.now();
    }
    samples.push({ posted, firstDelta, done: performance.now() });
    if (!text.includes('event: done')) throw new Error(`turn ${i} did not finish: ${text}`);
    if (text.includes('"status":"completed"')) break;
    await sleep(THINK_MS);
  }
  const read = await (await fetch(`${base}/v1/sessions/${session.id}`, { headers: { authorization: `Bearer ${SK}` } })).json();
  return { samples, timings: timings.slice(first), usage: read.usage as { promptTokens: number; completionTokens: number }, fallbacks: read.fallbacks as number };
}

// ---- Measure --------------------------------------------------------------------------------------------------
const api = await startApiFor('llm');
base = api.url;
await interview(GUIDE, 3); // warm-up: module loading, JIT, connection pools
const before: number[] = [];
const moveLine: number[] = [];
const after: number[] = [];
const overFirstToken: number[] = [];
let promptTokensPerTurn: number[] = [];
for (let n = 0; n < INTERVIEWS; n += 1) {
  const run = await interview(LONG, 30);
  run.samples.forEach((s, i) => {
    const t = run.timings[i]!;
    before.push(t.arrived - s.posted);
    moveLine.push(t.firstText - t.firstToken);
    after.push(s.firstDelta - t.firstText);
    overFirstToken.push(s.firstDelta - s.posted - (t.firstToken - t.arrived));
  });
  if (n === 0) promptTokensPerTurn = run.timings.map((t) => Math.ceil(t.promptChars / 4));
}
const standard = await interview(GUIDE, 30);
await api.stop();

// The same turns with the offline interviewer: what every turn costs before any interviewer work (auth, store, SSE).
const offline = await startApiFor('offline');
base = offline.url;
await interview(LONG, 3);
const offlineFirstDelta: number[] = [];
for (let n = 0; n < INTERVIEWS; n += 1) for (const s of (await interview(LONG, 30)).samples) offlineFirstDelta.push(s.firstDelta - s.posted);
await offline.stop();
model.close();
await rm(dir, { recursive: true, force: true });

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const row = (name: string, xs: number[]) => `| ${name} | ${pct(xs, 50).toFixed(1)} ms | ${pct(xs, 90).toFixed(1)} ms | ${pct(xs, 99).toFixed(1)} ms | ${Math.max(...xs).toFixed(1)} ms |`;
const added = before.map((b, i) => b + after[i]!);
console.log(`Fake model: ${RATE} tokens/s, ${TTFT_MS} ms to first token; ${before.length} turns (${INTERVIEWS} interviews × 30), one at a time, ${THINK_MS} ms between turns.\n`);
console.log('| first delta, per turn | p50 | p90 | p99 | max |\n|---|---|---|---|---|');
console.log(row('API before the model is asked (POST → request at the model)', before));
console.log(row("API after the model's first reply token (→ first `delta` at the client)", after));
console.log(row('**API added latency** (sum of the two)', added));
console.log(row(`move line at the model's rate (2 tokens)`, moveLine));
console.log(row("first delta over the model's own first token (all of the above)", overFirstToken));
console.log(row('for comparison: offline interviewer, POST → first `delta`', offlineFirstDelta));

const at = (turn: number) => promptTokensPerTurn[turn - 1]!;
console.log(`\nPrompt tokens per turn (characters / 4), 30-turn interview: ${promptTokensPerTurn.join(', ')}`);
console.log(`turn 1: ${at(1)}, turn 5: ${at(5)}, turn 10: ${at(10)}, turn 20: ${at(20)}, turn 30: ${at(30)}; turn 30 / turn 5 = ${(at(30) / at(5)).toFixed(2)}`);

const s = standard.usage;
const turns = standard.samples.length;
console.log(`\nDefault plan (16 turns, 15 minutes): ${turns} turns, ${s.promptTokens} prompt + ${s.completionTokens} completion tokens (${standard.fallbacks} fallbacks)`);
for (const [name, p] of Object.entries(PRICES)) {
  const cost = (s.promptTokens * p.input + s.completionTokens * p.output) / 1e6;
  console.log(`- ${name}: $${cost.toFixed(4)} per interview ($${p.input}/M input, $${p.output}/M output)`);
}
