import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Histogram } from '@opentelemetry/sdk-metrics';
import { makeTestApp, readSse } from '../harness.ts';
import { instrumentStore } from '../../src/telemetry/instrument-store.ts';
import { histogramCount, memoryTelemetry } from './kit.ts';

let kit: ReturnType<typeof memoryTelemetry>;
let t: Awaited<ReturnType<typeof makeTestApp>>;
beforeEach(async () => {
  kit = memoryTelemetry();
  t = await makeTestApp({ telemetry: kit.telemetry });
});
afterEach(async () => {
  await t.cleanup();
  await kit.close();
});

const ANSWER = 'My invoice from zanzibarquokka was charged twice last Tuesday.';

async function streamedTurn() {
  const ws = await t.workspace();
  const st = await t.study(ws.secretKey);
  const se = await t.session(ws.publishableKey, st.id);
  const res = await t.app.request(`/v1/sessions/${se.id}/turns`, {
    method: 'POST',
    headers: { authorization: `Bearer ${se.token}`, 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify({ id: 'turn-1', text: ANSWER }),
  });
  const events = await readSse(res);
  expect(events.at(-1)!.event).toBe('done');
  return { ws, st, se };
}

describe('telemetry of a turn', () => {
  it('records the turn duration, the time to its first delta, and a turn span under the route span', async () => {
    await streamedTurn();
    const turns = await kit.points<Histogram>('parley.turn.duration');
    expect(histogramCount(turns)).toBe(1);
    expect(turns[0]!.attributes).toMatchObject({ 'parley.turn.outcome': 'ok', 'parley.turn.stream': true, 'parley.interviewer': 'offline' });
    expect(turns[0]!.value.sum).toBeGreaterThan(0);
    const first = await kit.points<Histogram>('parley.turn.first_delta');
    expect(histogramCount(first)).toBe(1);
    expect(first[0]!.value.sum!).toBeLessThanOrEqual(turns[0]!.value.sum!);

    const spans = kit.spans();
    const http = spans.find((s) => s.attributes['http.route'] === '/v1/sessions/:id/turns');
    expect(http).toBeDefined();
    expect(http!.name).toBe('POST /v1/sessions/:id/turns');
    expect(http!.attributes).toMatchObject({ 'http.request.method': 'POST', 'http.response.status_code': 200 });
    const turn = spans.find((s) => s.name === 'parley.turn');
    expect(turn).toBeDefined();
    expect(turn!.parentSpanContext?.spanId).toBe(http!.spanContext().spanId);
    expect(turn!.events.map((e) => e.name)).toContain('first_delta');
    // The store calls the turn made nest under it.
    const commit = spans.find((s) => s.name === 'store commitTurn');
    expect(commit?.parentSpanContext?.spanId).toBe(turn!.spanContext().spanId);

    const requests = await kit.points<Histogram>('http.server.request.duration');
    const routes = requests.map((p) => p.attributes['http.route']);
    expect(routes).toEqual(expect.arrayContaining(['/v1/workspaces', '/v1/studies', '/v1/sessions', '/v1/sessions/:id/turns']));
  });

  it('counts a JSON turn, a replayed retry and a refused turn by outcome', async () => {
    const ws = await t.workspace();
    const st = await t.study(ws.secretKey);
    const se = await t.session(ws.publishableKey, st.id);
    const post = (id: string, text: string) => t.call('POST', `/v1/sessions/${se.id}/turns`, { key: se.token, body: { id, text } });
    expect((await post('a', ANSWER)).status).toBe(200);
    expect((await post('a', ANSWER)).status).toBe(200);
    expect((await post('b', 'x'.repeat(5000))).status).toBe(413);
    const outcomes = (await kit.points<Histogram>('parley.turn.duration')).map((p) => [p.attributes['parley.turn.outcome'], p.attributes['error.type'] ?? '', p.value.count]);
    expect(outcomes).toEqual(expect.arrayContaining([['ok', '', 1], ['replay', '', 1], ['error', 'payload_too_large', 1]]));
  });

  it('times every store call by operation', async () => {
    await streamedTurn();
    const store = await kit.points<Histogram>('parley.store.duration');
    const ops = new Map(store.map((p) => [p.attributes['parley.store.operation'], p]));
    for (const op of ['createWorkspace', 'findCredential', 'createStudy', 'createSession', 'getSession', 'getStudy', 'commitTurn']) {
      expect(ops.get(op), op).toBeDefined();
      expect(ops.get(op)!.attributes['parley.store.kind']).toBe('embedded');
      expect(ops.get(op)!.value.count).toBeGreaterThan(0);
    }
  });

  it('wraps a store once, however many times it is instrumented', async () => {
    const twice = instrumentStore(instrumentStore(t.store, kit.telemetry), kit.telemetry);
    await twice.listWorkspaceIds();
    const points = await kit.points<Histogram>('parley.store.duration');
    expect(histogramCount(points.filter((p) => p.attributes['parley.store.operation'] === 'listWorkspaceIds'))).toBe(1);
  });

  it('never records a key, a token, participant text or an id in any attribute or span name', async () => {
    const { ws, st, se } = await streamedTurn();
    const values = await kit.everyAttributeValue();
    expect(values.length).toBeGreaterThan(20);
    for (const v of values) {
      expect(v).not.toMatch(/(^|[^a-z])(sk|pk|ak|st|se|ses|ws)_[A-Za-z0-9]/);
      expect(v).not.toContain('zanzibarquokka');
      for (const secret of [ws.secretKey, ws.publishableKey, ws.id, st.id, se.id, se.token]) expect(v).not.toContain(secret);
    }
  });
});
