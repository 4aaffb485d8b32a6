import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TurnResult } from '@parley/protocol';
import { makeTestApp, parseSse, readSse } from './harness.ts';

let t: Awaited<ReturnType<typeof makeTestApp>>;
let se: { id: string; token: string };
beforeEach(async () => {
  t = await makeTestApp();
  const ws = await t.workspace();
  const st = await t.study(ws.secretKey);
  se = await t.session(ws.publishableKey, st.id);
});
afterEach(() => t.cleanup());

const post = (body: unknown, headers: Record<string, string> = {}) =>
  t.app.request(`/v1/sessions/${se.id}/turns`, {
    method: 'POST',
    headers: { authorization: `Bearer ${se.token}`, 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

describe('turns as JSON', () => {
  it('stores the participant turn and returns the interviewer reply with progress', async () => {
    const res = await post({ id: 'turn-1', text: 'I opened a ticket because the billing page charged me twice and it took days to fix.' });
    expect(res.status).toBe(200);
    const result = TurnResult.parse(await res.json());
    expect(result.turn).toMatchObject({ id: 'turn-1', role: 'participant' });
    expect(result.reply.role).toBe('interviewer');
    expect(result.reply.text.length).toBeGreaterThan(5);
    expect(result.status).toBe('active');
    const session = await (await t.app.request(`/v1/sessions/${se.id}`, { headers: { authorization: `Bearer ${se.token}` } })).json();
    expect(session.turns.map((x: { id: string }) => x.id)).toEqual([expect.any(String), 'turn-1', result.reply.id]);
  });
});

describe('turns as server-sent events', () => {
  it('sends delta events in order, then done with the whole reply', async () => {
    const res = await post({ id: 'sse-1', text: 'Honestly the wait for a reply was awful and I felt ignored.' }, { accept: 'text/event-stream' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const events = await readSse(res);
    const names = events.map((e) => e.event);
    expect(names.at(-1)).toBe('done');
    expect(names.slice(0, -1).every((n) => n === 'delta')).toBe(true);
    expect(names.filter((n) => n === 'delta').length).toBeGreaterThan(1);
    const done = TurnResult.parse(events.at(-1)!.data);
    const streamed = events.filter((e) => e.event === 'delta').map((e) => e.data.text).join('');
    expect(streamed).toBe(done.reply.text);
  });

  it('lets the client see the first delta before the reply is finished', async () => {
    const res = await post({ id: 'sse-2', text: 'It was fine I guess.' }, { accept: 'text/event-stream' });
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    const first = decoder.decode((await reader.read()).value);
    expect(first).toContain('event: delta');
    expect(first).not.toContain('event: done');
    let rest = first;
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      rest += decoder.decode(value);
    }
    expect(parseSse(rest).at(-1)!.event).toBe('done');
  });

  it('replays a retried turn as one delta and the same done', async () => {
    const first = await readSse(await post({ id: 'sse-3', text: 'The chat widget kept disconnecting.' }, { accept: 'text/event-stream' }));
    const again = await readSse(await post({ id: 'sse-3', text: 'The chat widget kept disconnecting.' }, { accept: 'text/event-stream' }));
    expect(again.at(-1)!.data).toEqual(first.at(-1)!.data);
    expect(again.filter((e) => e.event === 'delta').map((e) => e.data.text).join('')).toBe(first.at(-1)!.data.reply.text);
  });

  it('answers errors that happen before streaming with a status code, not a stream', async () => {
    const res = await post({ id: 'sse-4', text: 'x'.repeat(4001) }, { accept: 'text/event-stream' });
    expect(res.status).toBe(413);
    expect((await res.json()).error.type).toBe('payload_too_large');
  });
});

describe('idempotent turns', () => {
  it('posting the same turn id 5 times in a row yields one participant turn and one reply', async () => {
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await (await post({ id: 'same', text: 'Support took a week to answer me.' })).json());
    expect(new Set(results.map((r) => r.reply.id)).size).toBe(1);
    expect(new Set(results.map((r) => r.reply.text)).size).toBe(1);
    const session = await (await t.app.request(`/v1/sessions/${se.id}`, { headers: { authorization: `Bearer ${se.token}` } })).json();
    expect(session.turns.filter((x: { id: string }) => x.id === 'same')).toHaveLength(1);
    expect(session.turns).toHaveLength(3);
  });

  it('posting the same turn id 5 times concurrently (JSON and SSE mixed) yields one turn and one reply', async () => {
    const body = { id: 'concurrent', text: 'The refund process was confusing.' };
    const responses = await Promise.all([
      post(body), post(body, { accept: 'text/event-stream' }), post(body), post(body, { accept: 'text/event-stream' }), post(body),
    ]);
    const replies = await Promise.all(
      responses.map(async (r) => (r.headers.get('content-type')?.includes('event-stream') ? (await readSse(r)).at(-1)!.data : await r.json())),
    );
    expect(responses.every((r) => r.status === 200)).toBe(true);
    expect(new Set(replies.map((r) => r.reply.id)).size).toBe(1);
    const session = await (await t.app.request(`/v1/sessions/${se.id}`, { headers: { authorization: `Bearer ${se.token}` } })).json();
    expect(session.turns).toHaveLength(3);
  });

  it('answers 409 when a turn id is reused with different text', async () => {
    await post({ id: 'dup', text: 'first answer' });
    const res = await post({ id: 'dup', text: 'a different answer' });
    expect(res.status).toBe(409);
    expect((await res.json()).error.type).toBe('conflict');
  });

  it('answers 409 when a participant reuses an interviewer turn id', async () => {
    const session = await (await t.app.request(`/v1/sessions/${se.id}`, { headers: { authorization: `Bearer ${se.token}` } })).json();
    const res = await post({ id: session.turns[0].id, text: 'hello' });
    expect(res.status).toBe(409);
  });
});
