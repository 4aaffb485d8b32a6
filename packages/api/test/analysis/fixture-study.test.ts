import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, parseSse } from '../harness.ts';
import { createAnalysis } from '../../src/analysis/analysis.ts';
import type { Store } from '../../src/store/store.ts';
import { seedSupportStudy, type SeededStudy } from './fixture/support-study.ts';
import { scoreRecovery } from './fixture/theme-recovery.ts';
import { allQuotes, expectRealQuote, parseCsv } from './analysis-support.ts';

// One synthetic support study of 66 interviews (3 plans × 3 channels × 3 issue types, 8 planted themes each phrased
// eight ways), written straight into the store with no analysis run: the first read catches every session up.
let t: Awaited<ReturnType<typeof makeTestApp>>;
let ws: { id: string; secretKey: string };
let seeded: SeededStudy;
let insights: any;
const analysis = createAnalysis();
let saves = 0;

beforeAll(async () => {
  t = await makeTestApp({
    analysis,
    wrapStore: (s: Store) =>
      new Proxy(s, {
        get(target, prop, receiver) {
          if (prop === 'saveSessionAnalysis') saves += 1;
          return Reflect.get(target, prop, receiver);
        },
      }),
  });
  ws = await t.workspace();
  seeded = await seedSupportStudy(t.store, ws.id, { count: 66 });
  const res = await t.call('GET', `/v1/studies/${seeded.studyId}/insights`, { key: ws.secretKey });
  expect(res.status).toBe(200);
  insights = res.json;
});
afterAll(async () => {
  await analysis.idle();
  await t.cleanup();
});

describe('the synthetic support study, analysed offline', () => {
  it('catches up every committed turn on first read', () => {
    expect(insights.sessionsAnalyzed).toBe(66);
    expect(insights.turnsAnalyzed).toBe(66 * 6);
    expect(insights.engine).toBe('offline');
    expect(insights.summary.text).toContain('66 interviews');
    expect(insights.summary.keyFindings.length).toBeGreaterThanOrEqual(3);
    const d = insights.sentiment.distribution;
    expect(d.negative + d.neutral + d.positive).toBe(66);
    expect(insights.segmentAttributes).toEqual(['channel', 'issueType', 'plan']);
  });

  it('finds the planted themes (precision and recall above a floor; bench/analysis-quality.ts reports them)', async () => {
    const view = await analysis.view(t.deps, ws.id, seeded.studyId);
    const recovery = scoreRecovery(view!.entry.model, seeded.truth);
    expect(recovery.themeRecall).toBeGreaterThanOrEqual(0.75);
    expect(recovery.themePrecision).toBeGreaterThanOrEqual(0.6);
    const matched = new Set(recovery.shown.map((s) => s.matches));
    for (const id of ['price', 'setup', 'integrations', 'crash', 'reports']) expect(matched, id).toContain(id);
  });

  it('shows themes with counts, sentiment and representative quotes of the right feeling', () => {
    const byLabel = new Map(insights.themes.map((th: any) => [th.label, th]));
    const price: any = byLabel.get('Pricing and cost');
    const reports: any = byLabel.get('Reporting and analytics');
    expect(price.count).toBeGreaterThanOrEqual(12);
    expect(price.sentiment).toBeLessThan(0);
    expect(reports.sentiment).toBeGreaterThan(0.2);
    for (const th of insights.themes) {
      expect(th.quotes.length).toBeGreaterThan(0);
      expect(new Set(th.quotes.map((q: any) => q.sessionId)).size).toBe(th.quotes.length);
    }
  });

  it('shows the planted differences between segments', async () => {
    const plan = (await t.call('GET', `/v1/studies/${seeded.studyId}/insights?segmentBy=plan`, { key: ws.secretKey })).json.segments;
    expect(Object.keys(plan).sort()).toEqual(['enterprise', 'free', 'pro']);
    expect(plan.free.sessions + plan.pro.sessions + plan.enterprise.sessions).toBe(66);
    expect(plan.free.topThemes).toContain('Pricing and cost');
    expect(plan.enterprise.topThemes[0]).toBe('Integrations');
    expect(plan.enterprise.topThemes).not.toContain('Pricing and cost');
    expect(plan.enterprise.sentiment).toBeGreaterThan(plan.free.sentiment);
    expect(insights.summary.keyFindings.join(' ')).toMatch(/Integrations comes up in \d+% of plan “enterprise”/);

    const channel = (await t.call('GET', `/v1/studies/${seeded.studyId}/insights?segmentBy=channel`, { key: ws.secretKey })).json.segments;
    // Slow replies were planted mostly in email and phone cases, rarely in chat.
    expect(channel.chat.sentiment).toBeGreaterThan(channel.email.sentiment);
    expect(channel.chat.sentiment).toBeGreaterThan(channel.phone.sentiment);
  });

  it('maps the journey by stage and lists support drivers and prioritised fixes', () => {
    const stages = insights.journey.stages.map((s: any) => s.stage);
    expect(stages).toEqual(seeded.plan.flow.filter((s) => stages.includes(s)));
    expect(stages.length).toBeGreaterThanOrEqual(2);
    expect(insights.journey.friction.length).toBeGreaterThan(0);
    expect(insights.journey.delight.length).toBeGreaterThan(0);
    for (const p of insights.journey.friction) expect(p.sentiment).toBeLessThan(0);
    const { support } = insights;
    expect(Object.keys(support.breakdowns).sort()).toEqual(['channel', 'issueType']);
    expect(support.fixes.map((f: any) => f.priority)).toEqual(support.fixes.map((_: unknown, i: number) => i + 1));
    expect(support.fixes.map((f: any) => f.label)).toEqual(expect.arrayContaining(['Onboarding and setup', 'Bugs and reliability']));
    for (const f of support.fixes) expect(f.sessions).toBeGreaterThan(1);
    expect(support.drivers.good.map((d: any) => d.label)).toEqual(expect.arrayContaining(['Reporting and analytics']));
    expect(support.drivers.bad.length).toBeGreaterThan(0);
  });

  it('ties every quote anywhere in the insights to a real participant turn', async () => {
    const quotes = allQuotes(insights);
    expect(quotes.length).toBeGreaterThan(30);
    for (const q of quotes) await expectRealQuote(t.store, ws.id, q);
  });

  it('answers a question with citations of real turns, most of them on the subject', async () => {
    const res = await t.call('POST', `/v1/studies/${seeded.studyId}/ask`, { key: ws.secretKey, body: { question: 'What do people say about the pricing?' } });
    expect(res.status).toBe(200);
    expect(res.json.citations.length).toBeGreaterThanOrEqual(3);
    for (const c of res.json.citations) await expectRealQuote(t.store, ws.id, c);
    const onTopic = res.json.citations.filter((c: any) => seeded.truth.get(c.turnId)?.includes('price')).length;
    expect(onTopic / res.json.citations.length).toBeGreaterThanOrEqual(0.6);
    expect(res.json.answer).toMatch(/^\d+ of 66 interviews speak to this/);
    expect(res.json.answer).toContain('[1]');
  });

  it('says so when the interviews do not answer the question', async () => {
    const none = await t.call('POST', `/v1/studies/${seeded.studyId}/ask`, { key: ws.secretKey, body: { question: 'What do they think of the quantum teleporter?' } });
    expect(none.status).toBe(200);
    expect(none.json.citations).toEqual([]);
    expect(none.json).toEqual({ answer: 'None of the 66 interviews mention “quantum teleporter”.', citations: [] });
    // A specific thing nobody said gets no partial answer built from its other words (the roadmap, missing features).
    const partly = await t.call('POST', `/v1/studies/${seeded.studyId}/ask`, { key: ws.secretKey, body: { question: 'What do they think of our blockchain roadmap?' } });
    expect(partly.json).toEqual({ answer: 'None of the 66 interviews mention “blockchain roadmap”.', citations: [] });
  });

  it('streams the answer as SSE: deltas that add up to the answer, then done', async () => {
    const res = await t.app.request(`/v1/studies/${seeded.studyId}/ask`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ws.secretKey}`, 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ question: 'Why are people unhappy with waiting for support?' }),
    });
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const events = parseSse(await res.text());
    const done = events.at(-1)!;
    expect(done.event).toBe('done');
    expect(events.slice(0, -1).every((e) => e.event === 'delta')).toBe(true);
    expect(events.slice(0, -1).map((e) => e.data.text).join('')).toBe(done.data.answer);
    expect(done.data.citations.length).toBeGreaterThan(0);
    for (const c of done.data.citations) await expectRealQuote(t.store, ws.id, c);
  });

  it('builds persona cards from what people said, each with a real quote and its sessions', async () => {
    const res = await t.call('POST', `/v1/studies/${seeded.studyId}/personas`, { key: ws.secretKey, body: { count: 3 } });
    expect(res.status).toBe(200);
    const { personas, note } = res.json;
    // The fixture's plans differ in one or two traits among random filler: no invented people, and a reason when fewer.
    expect(personas.length).toBeLessThanOrEqual(3);
    if (personas.length < 3) expect(note).toMatch(/interviews/);
    expect(new Set(personas.map((p: any) => p.name)).size).toBe(personas.length);
    const all = personas.flatMap((p: any) => p.sessionIds);
    expect(new Set(all).size).toBe(all.length);
    for (const p of personas) {
      expect(p.sessionIds.length).toBeGreaterThan(0);
      expect(p.sessionIds).toContain(p.quoteSource.sessionId);
      await expectRealQuote(t.store, ws.id, { ...p.quoteSource, text: p.quote });
      expect(p.context).toMatch(/interviews?/);
      expect(p.frustrations.length + p.goals.length + p.behaviors.length).toBeGreaterThan(0);
    }
    const again = await t.call('POST', `/v1/studies/${seeded.studyId}/personas`, { key: ws.secretKey, body: { count: 3 } });
    expect(again.json).toEqual(res.json);
  });

  it('exports every turn as RFC 4180 CSV with its analysis', async () => {
    const res = await t.call('GET', `/v1/studies/${seeded.studyId}/export?format=csv`, { key: ws.secretKey });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const rows = parseCsv(res.text.replace(/^\uFEFF/, ''));
    const header = rows[0]!;
    expect(header).toEqual(expect.arrayContaining(['session_id', 'attr:plan', 'turn_id', 'role', 'text', 'sentiment', 'themes']));
    expect(rows).toHaveLength(1 + 66 * 13);
    expect(rows.every((r) => r.length === header.length)).toBe(true);
    const participant = rows.find((r) => r[header.indexOf('role')] === 'participant')!;
    expect(participant[header.indexOf('sentiment')]).toMatch(/^-?\d/);
  });

  it('is idempotent: handing the same sessions to analysis again writes nothing and changes nothing', async () => {
    const before = saves;
    const page = await t.store.listSessions(ws.id, { studyId: seeded.studyId }, { limit: 10 });
    for (const s of page.data) analysis.turnCommitted(t.deps, s);
    await analysis.idle();
    expect(saves).toBe(before);
    const again = await t.call('GET', `/v1/studies/${seeded.studyId}/insights`, { key: ws.secretKey });
    expect(again.json).toEqual(insights);
  });
});
