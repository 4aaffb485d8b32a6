import { afterEach, describe, expect, it } from 'vitest';
import { makeTestApp } from '../harness.ts';
import { createAnalysis, type Analysis } from '../../src/analysis/analysis.ts';
import { StudyInsights } from '@parley/protocol';
import { allQuotes, expectRealQuote, parseCsv } from './analysis-support.ts';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

async function setup(options: { outboundFetch?: typeof fetch } = {}) {
  const analysis: Analysis = createAnalysis({ webhookDebounceMs: 40 });
  const t = await makeTestApp({ analysis, ...(options.outboundFetch ? { outboundFetch: options.outboundFetch } : {}) });
  cleanups.push(async () => {
    await analysis.idle();
    analysis.close();
    await t.cleanup();
  });
  const ws = await t.workspace();
  const study = await t.study(ws.secretKey);
  return { t, ws, study, analysis };
}

/** Runs an interview through the real API: a session with attributes, then each answer as a JSON turn. */
async function interview(t: Awaited<ReturnType<typeof makeTestApp>>, key: string, studyId: string, attributes: Record<string, string>, answers: string[]) {
  const se = await t.session(key, studyId, { participant: { attributes } });
  for (const [i, text] of answers.entries()) {
    const res = await t.call('POST', `/v1/sessions/${se.id}/turns`, { key: se.token, body: { id: `a${i}`, text } });
    expect(res.status).toBe(200);
    if (res.json.status === 'completed') break;
  }
  return se.id as string;
}

const ANGRY = ['The billing page charged me twice and support took four days to reply.', 'Honestly it was exhausting, I had to repeat myself to three agents.', 'A refund and a faster reply would have fixed it.'];
const HAPPY = ['The chat agent sorted my invoice problem in five minutes.', 'It took almost no effort, she was friendly and knew the product well.', 'Nothing really, it was a great experience.'];

describe('analysis routes', () => {
  it('reflects committed turns at once, in API.md’s shape, with segments by any attribute', async () => {
    const { t, ws, study } = await setup();
    const a = await interview(t, ws.publishableKey, study.id, { plan: 'free', channel: 'email' }, ANGRY);
    await interview(t, ws.publishableKey, study.id, { plan: 'pro', channel: 'chat' }, HAPPY);
    const res = await t.call('GET', `/v1/studies/${study.id}/insights?segmentBy=channel`, { key: ws.secretKey });
    expect(res.status).toBe(200);
    expect(() => StudyInsights.parse(res.json)).not.toThrow();
    expect(res.json).toMatchObject({ studyId: study.id, sessionsAnalyzed: 2, turnsAnalyzed: 6, engine: 'offline' });
    expect(Object.keys(res.json.segments).sort()).toEqual(['chat', 'email']);
    expect(res.json.segments.email.sentiment).toBeLessThan(res.json.segments.chat.sentiment);
    expect(res.json.segmentAttributes).toEqual(['channel', 'plan']);
    for (const q of allQuotes(res.json)) await expectRealQuote(t.store, ws.id, q);
    expect(allQuotes(res.json).some((q) => q.sessionId === a)).toBe(true);
    const none = await t.call('GET', `/v1/studies/${study.id}/insights`, { key: ws.secretKey });
    expect(none.json.segments).toBeUndefined();
    const unknown = await t.call('GET', `/v1/studies/${study.id}/insights?segmentBy=shoeSize`, { key: ws.secretKey });
    expect(unknown.json.segments).toEqual({});
  });

  it('answers a question early in a study, from the first few interviews, citing the turns that speak to it', async () => {
    const { t, ws, study } = await setup();
    const a = await interview(t, ws.publishableKey, study.id, {}, ['I was charged twice for my subscription and the refund took two weeks.']);
    const b = await interview(t, ws.publishableKey, study.id, {}, ['I was charged twice this month and waited ten days for the refund.']);
    const res = await t.call('POST', `/v1/studies/${study.id}/ask`, { key: ws.secretKey, body: { question: 'What do people say about refunds?' } });
    expect(res.status).toBe(200);
    expect(res.json.citations.map((c: { sessionId: string }) => c.sessionId).sort()).toEqual([a, b].sort());
    for (const c of res.json.citations) await expectRealQuote(t.store, ws.id, c);
    const off = await t.call('POST', `/v1/studies/${study.id}/ask`, { key: ws.secretKey, body: { question: 'What do people think of the mobile app?' } });
    expect(off.json.citations).toEqual([]);
  });

  it('answers a study with no interviews yet with empty insights', async () => {
    const { t, ws, study } = await setup();
    const res = await t.call('GET', `/v1/studies/${study.id}/insights`, { key: ws.secretKey });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ sessionsAnalyzed: 0, themes: [], sentiment: { average: 0, distribution: { negative: 0, neutral: 0, positive: 0 } } });
    expect(res.json.summary.text).toMatch(/No interviews/);
    const ask = await t.call('POST', `/v1/studies/${study.id}/ask`, { key: ws.secretKey, body: { question: 'What frustrates people about billing?' } });
    expect(ask.json.citations).toEqual([]);
    const personas = await t.call('POST', `/v1/studies/${study.id}/personas`, { key: ws.secretKey });
    expect(personas.json.personas).toEqual([]);
    expect(personas.json.note).toMatch(/interviews?/);
  });

  it('rejects bad input with structured 400s', async () => {
    const { t, ws, study } = await setup();
    const cases: [string, string, unknown, string][] = [
      ['GET', `/v1/studies/${study.id}/insights?segmentBy=plan%20type`, undefined, 'segmentBy'],
      ['GET', `/v1/studies/${study.id}/export?format=xml`, undefined, 'format'],
      ['POST', `/v1/studies/${study.id}/personas`, { count: 7 }, 'count'],
      ['POST', `/v1/studies/${study.id}/personas`, { count: 1 }, 'count'],
      ['POST', `/v1/studies/${study.id}/personas`, { count: '3' }, 'count'],
      ['POST', `/v1/studies/${study.id}/ask`, { question: '  ' }, 'question'],
      ['POST', `/v1/studies/${study.id}/ask`, { question: 'x'.repeat(501) }, 'question'],
      ['POST', `/v1/studies/${study.id}/ask`, {}, 'question'],
      ['POST', `/v1/studies/${study.id}/ask`, { question: 'Why?', extra: 1 }, ''],
    ];
    for (const [method, path, body, field] of cases) {
      const res = await t.call(method, path, { key: ws.secretKey, ...(body !== undefined ? { body } : {}) });
      expect(res.status, `${method} ${path} ${JSON.stringify(body)}`).toBe(400);
      expect(res.json.error.type).toBe('invalid_request');
      expect(res.json.error.requestId).toBeTruthy();
      if (field) expect(res.json.error.issues.map((i: any) => i.path)).toContain(field);
    }
    const notJson = await t.call('POST', `/v1/studies/${study.id}/ask`, { key: ws.secretKey, body: '{nope' });
    expect(notJson.status).toBe(400);
  });

  it('keeps each workspace to its own studies: another workspace’s study is 404, a publishable key 403', async () => {
    const { t, ws, study } = await setup();
    await interview(t, ws.publishableKey, study.id, { plan: 'free' }, ANGRY);
    const other = await t.workspace('Other');
    const theirs = await t.study(other.secretKey);
    const calls: [string, string, unknown?][] = [
      ['GET', `/v1/studies/${study.id}/insights`],
      ['POST', `/v1/studies/${study.id}/ask`, { question: 'What about billing?' }],
      ['POST', `/v1/studies/${study.id}/personas`, {}],
      ['GET', `/v1/studies/${study.id}/export?format=csv`],
    ];
    for (const [method, path, body] of calls) {
      const res = await t.call(method, path, { key: other.secretKey, ...(body ? { body } : {}) });
      expect(res.status, path).toBe(404);
      expect(res.json.error.type).toBe('not_found');
      expect(res.text).not.toContain('charged me twice');
      const pk = await t.call(method, path, { key: ws.publishableKey, ...(body ? { body } : {}) });
      expect(pk.status).toBe(403);
      const anon = await t.call(method, path, body ? { body } : {});
      expect(anon.status).toBe(401);
    }
    const mine = await t.call('GET', `/v1/studies/${theirs.id}/insights`, { key: ws.secretKey });
    expect(mine.status).toBe(404);
    const missing = await t.call('GET', '/v1/studies/st_nope/insights', { key: ws.secretKey });
    expect(missing.status).toBe(404);
  });

  it('exports JSON, Markdown and formula-safe CSV', async () => {
    const { t, ws, study } = await setup();
    const evil = ['=HYPERLINK("http://evil.test","click") was what the agent sent me, "quoted", with a comma.', '+44 20 7946 0000 is the number I called\nthree times.', '@SUM(1) and -1+2'];
    const sessionId = await interview(t, ws.publishableKey, study.id, { plan: '=1+1', channel: 'phone' }, evil);
    const csv = await t.call('GET', `/v1/studies/${study.id}/export?format=csv`, { key: ws.secretKey });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-disposition')).toContain('.csv');
    const raw = new Uint8Array(await (await t.app.request(`/v1/studies/${study.id}/export?format=csv`, { headers: { authorization: `Bearer ${ws.secretKey}` } })).arrayBuffer());
    expect([...raw.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.text).toContain('\r\n');
    const rows = parseCsv(csv.text);
    const header = rows[0]!;
    const texts = rows.slice(1).map((r) => r[header.indexOf('text')]!);
    expect(texts).toContain(`'${evil[0]}`);
    expect(texts).toContain(`'${evil[1]}`);
    expect(texts).toContain(`'${evil[2]}`);
    expect(rows.slice(1).every((r) => r[header.indexOf('attr:plan')] === "'=1+1")).toBe(true);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+@\t\r]/);
    for (const row of rows.slice(1)) expect(row[header.indexOf('sentiment')]).toMatch(/^(-?\d+(\.\d+)?)?$/);

    const json = await t.call('GET', `/v1/studies/${study.id}/export?format=json`, { key: ws.secretKey });
    expect(json.json.study.id).toBe(study.id);
    expect(json.json.insights.sessionsAnalyzed).toBe(1);
    const session = json.json.sessions.find((s: any) => s.id === sessionId);
    expect(session.turns.filter((x: any) => x.role === 'participant').every((x: any) => typeof x.analysis.sentiment === 'number')).toBe(true);
    const defaultFormat = await t.call('GET', `/v1/studies/${study.id}/export`, { key: ws.secretKey });
    expect(defaultFormat.json.study.id).toBe(study.id);

    const md = await t.call('GET', `/v1/studies/${study.id}/export?format=md`, { key: ws.secretKey });
    expect(md.headers.get('content-type')).toContain('text/markdown');
    expect(md.text).toContain('## Transcripts');
    expect(md.text).toContain('=HYPERLINK("http://evil.test","click")');
  });

  it('announces insights.updated once per debounce window, not once per turn', async () => {
    const deliveries: any[] = [];
    const outboundFetch = (async (_url: string, init: RequestInit) => {
      deliveries.push(JSON.parse(String(init.body)));
      return new Response(null, { status: 204 });
    }) as unknown as typeof fetch;
    const { t, ws, study, analysis } = await setup({ outboundFetch });
    const hook = await t.call('POST', '/v1/webhooks', { key: ws.secretKey, body: { url: 'https://hooks.example.test/parley', events: ['insights.updated'] } });
    expect(hook.status).toBe(201);
    await interview(t, ws.publishableKey, study.id, { plan: 'pro' }, HAPPY);
    await analysis.idle();
    await new Promise((r) => setTimeout(r, 150));
    expect(deliveries).toHaveLength(1);
    expect(deliveries[0]).toMatchObject({ type: 'insights.updated', workspaceId: ws.id, data: { studyId: study.id, sessionsAnalyzed: 1, turnsAnalyzed: 3 } });
  });

  it('documents its routes in the OpenAPI document', async () => {
    const { t } = await setup();
    const doc = (await t.call('GET', '/openapi.json')).json;
    for (const path of ['/v1/studies/{id}/insights', '/v1/studies/{id}/ask', '/v1/studies/{id}/personas', '/v1/studies/{id}/export']) expect(doc.paths[path], path).toBeDefined();
    expect(doc.components.schemas.StudyInsights.properties.themes).toBeDefined();
  });
});
