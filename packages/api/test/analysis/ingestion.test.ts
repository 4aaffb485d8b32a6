import { afterEach, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ADMIN_KEY, makeTestApp, manualClock } from '../harness.ts';
import { createApp, type AppDeps } from '../../src/index.ts';
import { openEmbeddedStore } from '../../src/store/embedded/embedded-store.ts';
import { createOfflineInterviewer } from '../../src/interviewer/offline/offline-interviewer.ts';
import { offlinePlanner } from '../../src/planning/offline-planner.ts';
import { randomIds } from '../../src/platform/random-ids.ts';
import { silentLogger } from '../../src/platform/json-logger.ts';
import { createAnalysis, type Analysis } from '../../src/analysis/analysis.ts';
import { createOfflineEngine } from '../../src/analysis/offline/offline-engine.ts';
import type { AnalysisEngine } from '../../src/analysis/engine.ts';
import type { Store } from '../../src/store/store.ts';
import { allQuotes, expectRealQuote } from './analysis-support.ts';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

/** An app on the embedded store in `dir` (re-opened by a later call, as after a restart). */
async function appOn(dir: string, analysis: Analysis, errors: unknown[] = []) {
  const store = await openEmbeddedStore(dir);
  const deps: AppDeps = {
    store,
    analysis,
    interviewer: createOfflineInterviewer(),
    planner: offlinePlanner(),
    clock: manualClock(),
    ids: randomIds(),
    logger: { ...silentLogger(), error: (event, fields) => errors.push({ event, ...fields }) },
    config: { adminKey: ADMIN_KEY, version: 'test', maxBodyBytes: 64 * 1024 },
  };
  const app = createApp(deps);
  const call = async (method: string, path: string, key: string, body?: unknown) => {
    const res = await app.request(path, { method, headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, ...(body ? { body: JSON.stringify(body) } : {}) });
    return { status: res.status, json: (await res.json()) as any };
  };
  return { store, deps, call, close: () => store.close() };
}

const ANSWERS = ['The invoice was wrong and support took a week to answer my email.', 'I had to explain it again to a second agent, which was frustrating.', 'Faster replies and a clear invoice would help a lot.'];

describe('streaming ingestion', () => {
  it('catches up after a restart turns that were committed but never analysed', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'parley-analysis-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    // First process: analyses the first turn, then "crashes" before analysing the next two.
    const real = createAnalysis();
    let crashed = false;
    const flaky: Analysis = { ...real, turnCommitted: (deps, snapshot) => void (!crashed && real.turnCommitted(deps, snapshot)) };
    const first = await appOn(dir, flaky);
    const ws = (await first.call('POST', '/v1/workspaces', ADMIN_KEY, { name: 'Acme' })).json;
    const study = (await first.call('POST', '/v1/studies', ws.secretKey, { researchQuestion: 'What frustrates customers after a support case?', status: 'live' })).json;
    const se = (await first.call('POST', '/v1/sessions', ws.secretKey, { studyId: study.id, participant: { attributes: { plan: 'pro' } } })).json;
    expect((await first.call('POST', `/v1/sessions/${se.id}/turns`, se.token, { id: 'a0', text: ANSWERS[0] })).status).toBe(200);
    await real.idle();
    crashed = true;
    for (const [i, text] of ANSWERS.slice(1).entries()) expect((await first.call('POST', `/v1/sessions/${se.id}/turns`, se.token, { id: `a${i + 1}`, text })).status).toBe(200);
    const before = await first.store.listSessionAnalyses(ws.id, study.id);
    expect(before.map((r) => r.analyzedTurns)).toEqual([3]);
    await first.close();

    // Second process on the same data: the first read of the study finds the gap and fills it.
    const analysis = createAnalysis();
    const second = await appOn(dir, analysis);
    cleanups.push(async () => {
      await analysis.idle();
      await second.close();
    });
    const insights = await second.call('GET', `/v1/studies/${study.id}/insights`, ws.secretKey);
    expect(insights.json).toMatchObject({ sessionsAnalyzed: 1, turnsAnalyzed: 3 });
    const after = await second.store.listSessionAnalyses(ws.id, study.id);
    expect(after.map((r) => r.analyzedTurns)).toEqual([7]);
    expect((after[0]!.data as any).turns.map((t: any) => t.turnId)).toEqual(['a0', 'a1', 'a2']);
    for (const q of allQuotes(insights.json)) await expectRealQuote(second.store, ws.id, q);
  });

  it('catches up a workspace at start-up, before anyone reads', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'parley-analysis-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const dead: Analysis = { ...createAnalysis(), turnCommitted: () => {} };
    const first = await appOn(dir, dead);
    const ws = (await first.call('POST', '/v1/workspaces', ADMIN_KEY, { name: 'Acme' })).json;
    const study = (await first.call('POST', '/v1/studies', ws.secretKey, { researchQuestion: 'What frustrates customers after a support case?', status: 'live' })).json;
    const se = (await first.call('POST', '/v1/sessions', ws.secretKey, { studyId: study.id })).json;
    await first.call('POST', `/v1/sessions/${se.id}/turns`, se.token, { id: 'a0', text: ANSWERS[0] });
    expect(await first.store.listSessionAnalyses(ws.id, study.id)).toEqual([]);
    await first.close();
    const analysis = createAnalysis();
    const second = await appOn(dir, analysis);
    cleanups.push(() => second.close());
    await analysis.catchUpWorkspace(second.deps, ws.id);
    expect((await second.store.listSessionAnalyses(ws.id, study.id)).map((r) => r.analyzedTurns)).toEqual([3]);
    expect(await second.store.getStudyInsights(ws.id, study.id)).toMatchObject({ insights: { sessionsAnalyzed: 1 } });
  });

  it('catches up every workspace at start-up, not only the first', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'parley-analysis-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const dead: Analysis = { ...createAnalysis(), turnCommitted: () => {} };
    const first = await appOn(dir, dead);
    const missed: { ws: string; study: string }[] = [];
    for (const name of ['Acme', 'Globex']) {
      const ws = (await first.call('POST', '/v1/workspaces', ADMIN_KEY, { name })).json;
      const study = (await first.call('POST', '/v1/studies', ws.secretKey, { researchQuestion: 'What frustrates customers after a support case?', status: 'live' })).json;
      const se = (await first.call('POST', '/v1/sessions', ws.secretKey, { studyId: study.id })).json;
      await first.call('POST', `/v1/sessions/${se.id}/turns`, se.token, { id: 'a0', text: ANSWERS[0] });
      missed.push({ ws: ws.id, study: study.id });
    }
    await first.close();
    const analysis = createAnalysis();
    const second = await appOn(dir, analysis);
    cleanups.push(() => second.close());
    await analysis.catchUpAll(second.deps);
    for (const { ws, study } of missed) expect(await second.store.getStudyInsights(ws, study)).toMatchObject({ insights: { sessionsAnalyzed: 1 } });
  });

  it('never delays the participant’s reply, and insights never wait on a model', async () => {
    let open!: () => void;
    const gate = new Promise<void>((r) => (open = r));
    const offline = createOfflineEngine();
    // A model-backed engine that is stuck until the gate opens.
    const slow: AnalysisEngine = { ...offline, kind: 'llm', extract: async (input) => (await gate, offline.extract(input)) };
    const analysis = createAnalysis({ engine: slow });
    const t = await makeTestApp({ analysis });
    cleanups.push(async () => {
      open();
      await analysis.idle();
      await t.cleanup();
    });
    const ws = await t.workspace();
    const study = await t.study(ws.secretKey);
    const se = await t.session(ws.publishableKey, study.id);
    const turn = await t.call('POST', `/v1/sessions/${se.id}/turns`, { key: se.token, body: { id: 'a0', text: ANSWERS[0] } });
    expect(turn.status).toBe(200);
    const waiting = await t.call('GET', `/v1/studies/${study.id}/insights`, { key: ws.secretKey });
    expect(waiting.json).toMatchObject({ sessionsAnalyzed: 0, engine: 'llm' });
    open();
    await analysis.idle();
    const done = await t.call('GET', `/v1/studies/${study.id}/insights`, { key: ws.secretKey });
    expect(done.json).toMatchObject({ sessionsAnalyzed: 1, turnsAnalyzed: 1 });
  });

  it('is idempotent: a retried turn and a re-handed snapshot write nothing new', async () => {
    let saves = 0;
    const analysis = createAnalysis();
    const t = await makeTestApp({
      analysis,
      wrapStore: (s: Store) => new Proxy(s, { get: (target, prop, receiver) => (prop === 'saveSessionAnalysis' && saves++, Reflect.get(target, prop, receiver)) }),
    });
    cleanups.push(async () => {
      await analysis.idle();
      await t.cleanup();
    });
    const ws = await t.workspace();
    const study = await t.study(ws.secretKey);
    const se = await t.session(ws.publishableKey, study.id);
    await t.call('POST', `/v1/sessions/${se.id}/turns`, { key: se.token, body: { id: 'a0', text: ANSWERS[0] } });
    await analysis.idle();
    expect(saves).toBe(1);
    const first = await t.call('GET', `/v1/studies/${study.id}/insights`, { key: ws.secretKey });
    const retry = await t.call('POST', `/v1/sessions/${se.id}/turns`, { key: se.token, body: { id: 'a0', text: ANSWERS[0] } });
    expect(retry.status).toBe(200);
    const found = await t.store.getSession(ws.id, se.id);
    analysis.turnCommitted(t.deps, found!);
    analysis.turnCommitted(t.deps, found!);
    await analysis.idle();
    expect(saves).toBe(1);
    expect((await t.call('GET', `/v1/studies/${study.id}/insights`, { key: ws.secretKey })).json).toEqual(first.json);
  });

  it('loses nothing when storing an analysis fails: it is stored with the next change', async () => {
    let failNext = false;
    const errors: any[] = [];
    const analysis = createAnalysis();
    const t = await makeTestApp({
      analysis,
      logger: { info: () => {}, error: (event: string, fields?: Record<string, unknown>) => void errors.push({ event, ...fields }) },
      wrapStore: (s: Store) =>
        new Proxy(s, {
          get(target, prop, receiver) {
            if (prop === 'saveSessionAnalysis' && failNext) {
              failNext = false;
              return async () => {
                throw new Error('disk full');
              };
            }
            return Reflect.get(target, prop, receiver);
          },
        }),
    });
    cleanups.push(async () => {
      await analysis.idle();
      await t.cleanup();
    });
    const ws = await t.workspace();
    const study = await t.study(ws.secretKey);
    const se = await t.session(ws.publishableKey, study.id);
    failNext = true;
    expect((await t.call('POST', `/v1/sessions/${se.id}/turns`, { key: se.token, body: { id: 'a0', text: ANSWERS[0] } })).status).toBe(200);
    await analysis.idle();
    expect(errors.map((e) => e.event)).toContain('analysis_save_failed');
    expect(await t.store.listSessionAnalyses(ws.id, study.id)).toEqual([]);
    await t.call('POST', `/v1/sessions/${se.id}/turns`, { key: se.token, body: { id: 'a1', text: ANSWERS[1] } });
    const insights = await t.call('GET', `/v1/studies/${study.id}/insights`, { key: ws.secretKey });
    expect(insights.json).toMatchObject({ sessionsAnalyzed: 1, turnsAnalyzed: 2 });
    expect((await t.store.listSessionAnalyses(ws.id, study.id)).map((r) => r.analyzedTurns)).toEqual([5]);
  });
});
