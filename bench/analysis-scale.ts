/**
 * The analysis side at study scale, on the embedded store (journal + fdatasync) in one Node process:
 *  1. offline extraction throughput on one core (the engine alone);
 *  2. rebuilding a study of N sessions from scratch with the offline engine (first read: catch-up of every session,
 *     theme clustering, every per-session write, one render);
 *  3. live ingestion: turns committed one after another at that study size, each handed to analysis and awaited;
 *  4. insights read latency through the whole app (auth, route, JSON), plain and with ?segmentBy=;
 *  5. the first read after a restart (model rebuilt from stored analyses, no re-analysis);
 *  6. rebuilding the study with the LLM engine against a fake OpenAI-compatible server on 127.0.0.1 (time, requests
 *     and tokens, counted as characters / 4 like the fake reports them).
 * Usage: node --import tsx bench/analysis-scale.ts [--sessions 1000] [--reads 2000] [--llm-latency 0]
 */
import { createServer } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createApp } from '../packages/api/src/app.ts';
import { openEmbeddedStore } from '../packages/api/src/store/embedded/embedded-store.ts';
import { hashCredential } from '../packages/api/src/auth/hash-credential.ts';
import { createAnalysis } from '../packages/api/src/analysis/analysis.ts';
import { createOfflineEngine } from '../packages/api/src/analysis/offline/offline-engine.ts';
import { createLlmAnalysisEngine } from '../packages/api/src/analysis/llm/llm-engine.ts';
import { turnsWithStages } from '../packages/api/src/analysis/journey-stage.ts';
import { createChatClient } from '../packages/api/src/llm/client.ts';
import { generateInterviews, seedSupportStudy } from '../packages/api/test/analysis/fixture/support-study.ts';
import { completionBody, plausibleExtraction } from '../packages/api/test/analysis/fake-analysis-model.ts';
import { benchDeps, percentile } from './analysis-support.ts';
import { loadSentenceEmbedder } from '../packages/api/src/analysis/meaning/node-embedder.ts';

// As the Node runtime runs it: themes and ask by meaning (sentence vectors). `--words` measures words alone (the edge).
const embedder = process.argv.includes('--words') ? undefined : await loadSentenceEmbedder();
console.log(`analysis ${embedder ? 'with sentence vectors (Node runtime)' : 'by words alone (edge runtime)'}`);

const { values } = parseArgs({ options: { sessions: { type: 'string', default: '1000' }, reads: { type: 'string', default: '2000' }, 'llm-latency': { type: 'string', default: '0' }, live: { type: 'string', default: '600' }, words: { type: 'boolean', default: false } } });
const SESSIONS = Number(values.sessions);
const READS = Number(values.reads);
const LLM_LATENCY = Number(values['llm-latency']);
const LIVE_TURNS = Number(values.live);
const WS = 'ws_bench';
const SK = 'sk_bench_analysis_secret_0000001';
const ms = (n: number) => `${n.toFixed(2)} ms`;

const dir = await mkdtemp(join(tmpdir(), 'parley-analysis-bench-'));
const store = await openEmbeddedStore(dir);
await store.createWorkspace({ id: WS, name: 'Bench', allowedOrigins: [], createdAt: new Date().toISOString() }, [{ hash: await hashCredential(SK), kind: 'secret', workspaceId: WS }]);
let t0 = performance.now();
const seeded = await seedSupportStudy(store, WS, { count: SESSIONS, batch: 50 });
console.log(`seeded ${SESSIONS} sessions (${SESSIONS * 6} participant turns) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

// 1. The offline engine alone.
{
  const engine = createOfflineEngine();
  const all = (await store.listSessions(WS, { studyId: seeded.studyId }, { limit: 100 })).data;
  engine.analyseTurn({ turn: all[0]!.turns[1]!, question: '', stage: null }); // loads the model
  const items = all.flatMap((s) => turnsWithStages(s.turns, s.session.state.guide, seeded.plan.flow));
  const rounds = Math.max(1, Math.ceil(3000 / items.length));
  t0 = performance.now();
  for (let r = 0; r < rounds; r++) for (const item of items) engine.analyseTurn(item);
  const seconds = (performance.now() - t0) / 1000;
  console.log(`offline extraction alone: ${Math.round((rounds * items.length) / seconds)} turns/s (${ms((seconds * 1000) / (rounds * items.length))} per turn)`);
}

// 2. Rebuild from scratch, offline.
const analysis = createAnalysis(embedder ? { embedder } : {});
const deps = benchDeps(store, { analysis });
const app = createApp(deps);
t0 = performance.now();
await analysis.view(deps, WS, seeded.studyId);
const rebuildSeconds = (performance.now() - t0) / 1000;
console.log(`offline rebuild of ${SESSIONS} sessions from scratch: ${rebuildSeconds.toFixed(2)} s = ${Math.round((SESSIONS * 6) / rebuildSeconds)} turns/s (stored per-session analyses and insights included)`);

// 3. Live ingestion at this study size. (a) Sustained: 50 sessions at a time commit their turns one after another,
// each committed turn handed to analysis as take-turn does; renders are throttled as in production. (b) One turn at a
// time with everything awaited, a render and its write forced after each turn: the per-turn cost, worst case.
{
  const page = await store.listSessions(WS, { studyId: seeded.studyId }, { limit: 1 });
  const template = page.data[0]!;
  async function liveSession(id: string, iv: ReturnType<typeof generateInterviews>[number], each?: () => Promise<void>) {
    await store.createSession({ ...template.session, id, participant: { attributes: iv.attributes }, status: 'active', version: 1 }, [template.turns[0]!], { hash: `h_${id}`, kind: 'session', workspaceId: WS, sessionId: id });
    let version = 1;
    const turns = [template.turns[0]!];
    for (const [i, answer] of iv.answers.entries()) {
      const at = new Date().toISOString();
      const participantTurn = { id: `${id}_a${i}`, role: 'participant' as const, text: answer.text, at };
      const reply = { id: `${id}_q${i}`, role: 'interviewer' as const, text: template.turns[i * 2 + 2]?.text ?? 'Thanks.', at };
      const out = await store.commitTurn(WS, id, { expectedVersion: version, participantTurn, reply, changes: { state: template.session.state, progress: template.session.progress, status: 'active', fallbacks: 0 } });
      if (!out.ok) throw new Error(out.reason);
      version = out.session.version;
      turns.push(participantTurn, reply);
      analysis.turnCommitted(deps, { session: out.session, turns: [...turns] });
      if (each) await each();
    }
  }
  const sustained = generateInterviews(Math.ceil(LIVE_TURNS / 6), 5);
  let start = performance.now();
  for (let i = 0; i < sustained.length; i += 50) await Promise.all(sustained.slice(i, i + 50).map((iv, j) => liveSession(`se_live_${i + j}`, iv)));
  await analysis.idle();
  let seconds = (performance.now() - start) / 1000;
  console.log(`live ingestion, sustained (50 sessions at a time) into a ${SESSIONS}-session study: ${Math.round((sustained.length * 6) / seconds)} turns/s (commit + analysis + writes, renders throttled)`);
  const single = generateInterviews(10, 6);
  start = performance.now();
  for (const [n, iv] of single.entries()) await liveSession(`se_one_${n}`, iv, () => analysis.idle());
  seconds = (performance.now() - start) / 1000;
  console.log(`live ingestion, one turn at a time with a forced render: ${ms((seconds * 1000) / 60)} per turn (${Math.round(60 / seconds)} turns/s)`);
}

// 4. Insights read latency through the app.
async function reads(path: string, count: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    const res = await app.request(path, { headers: { authorization: `Bearer ${SK}` } });
    await res.text();
    if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
    times.push(performance.now() - start);
  }
  return times;
}
await reads(`/v1/studies/${seeded.studyId}/insights`, 50);
for (const path of [`/v1/studies/${seeded.studyId}/insights`, `/v1/studies/${seeded.studyId}/insights?segmentBy=plan`]) {
  const times = await reads(path, READS);
  const size = (await (await app.request(path, { headers: { authorization: `Bearer ${SK}` } })).text()).length;
  console.log(`read ${path.replace(seeded.studyId, ':id')}: p50 ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}, p99 ${ms(percentile(times, 99))} (${READS} reads, ${Math.round(size / 1024)} KiB)`);
}

// 5. After a restart: a new analysis side, same store.
{
  const fresh = createAnalysis(embedder ? { embedder } : {});
  const freshDeps = benchDeps(store, { analysis: fresh });
  const freshApp = createApp(freshDeps);
  t0 = performance.now();
  const res = await freshApp.request(`/v1/studies/${seeded.studyId}/insights`, { headers: { authorization: `Bearer ${SK}` } });
  await res.text();
  console.log(`first read after a restart (model rebuilt from ${SESSIONS} stored analyses, nothing re-analysed): ${ms(performance.now() - t0)}`);
}

// 6. Rebuild with the LLM engine against a fake OpenAI-compatible server.
{
  let requests = 0;
  let promptTokens = 0;
  let completionTokens = 0;
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (d) => (raw += d));
    req.on('end', () => {
      const body = JSON.parse(raw);
      const user = JSON.parse(body.messages.find((m: any) => m.role === 'user').content);
      const content = plausibleExtraction(user.answers);
      const reply = completionBody(body.model, content, body.messages.reduce((n: number, m: any) => n + String(m.content).length, 0));
      requests += 1;
      promptTokens += reply.usage.prompt_tokens;
      completionTokens += reply.usage.completion_tokens;
      setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(reply)), LLM_LATENCY);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  const config = { baseUrl: `http://127.0.0.1:${port}/v1`, apiKey: 'sk-fake', model: 'gpt-4.1-mini', analysisModel: 'gpt-4.1-mini', timeoutMs: 30_000, maxRetries: 2, tokenLimitParam: 'max_completion_tokens' as const };
  const engine = createLlmAnalysisEngine({ client: createChatClient(config), config });
  const llmAnalysis = createAnalysis({ engine });
  const llmDeps = benchDeps(store, { analysis: llmAnalysis });
  t0 = performance.now();
  await llmAnalysis.rebuild(llmDeps, WS, seeded.studyId);
  const seconds = (performance.now() - t0) / 1000;
  const u = engine.usage();
  console.log(
    `LLM rebuild of ${SESSIONS} sessions (fake server, ${LLM_LATENCY} ms per request, 4 in flight): ${seconds.toFixed(1)} s, ${requests} requests, ` +
      `${promptTokens} prompt + ${completionTokens} completion tokens (${Math.round(promptTokens / requests)} + ${Math.round(completionTokens / requests)} per session), fallbacks ${u.fallbackTurns}`,
  );
  // Live, each turn is its own request: measure a handful of sessions turn by turn.
  const before = { requests, promptTokens, completionTokens };
  const liveAnalysis = createAnalysis({ engine });
  const liveDeps = benchDeps(store, { analysis: liveAnalysis });
  const sample = (await store.listSessions(WS, { studyId: seeded.studyId }, { limit: 20 })).data;
  await liveAnalysis.view(liveDeps, WS, seeded.studyId);
  for (const s of sample) {
    for (let k = 3; k <= s.turns.length; k += 2) {
      const snapshot = { session: { ...s.session, id: `${s.session.id}_x` }, turns: s.turns.slice(0, k).map((turn) => ({ ...turn, id: `${turn.id}_x` })) };
      liveAnalysis.turnCommitted(liveDeps, snapshot);
      await liveAnalysis.idle();
    }
  }
  const perTurn = {
    requests: requests - before.requests,
    prompt: (promptTokens - before.promptTokens) / (requests - before.requests),
    completion: (completionTokens - before.completionTokens) / (requests - before.requests),
  };
  console.log(`LLM live, one request per turn: ${Math.round(perTurn.prompt)} prompt + ${Math.round(perTurn.completion)} completion tokens per turn (${perTurn.requests} turns measured)`);
  server.close();
}

await analysis.idle();
await store.close();
await rm(dir, { recursive: true, force: true });
