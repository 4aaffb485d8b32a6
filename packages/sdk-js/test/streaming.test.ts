import { afterEach, describe, expect, it } from 'vitest';
import { setup } from './helpers.ts';
import { APIConnectionError, APIUserAbortError, NotFoundError, ParleyError, UpstreamError } from '../src/index.ts';
import { readServerSentEvents } from '../src/internal/sse.ts';

let s: Awaited<ReturnType<typeof setup>>;
afterEach(() => s?.cleanup());

async function liveSession() {
  const study = await s.study();
  return s.client.sessions.create({ studyId: study.id, participant: { id: 'u_1' } });
}

/** A response whose body is the given SSE text, sent in the given pieces. */
function sse(pieces: (string | Uint8Array)[], headers: Record<string, string> = {}): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const p of pieces) controller.enqueue(typeof p === 'string' ? encoder.encode(p) : p);
      controller.close();
    },
  });
  return new Response(body, { headers: { 'content-type': 'text/event-stream', 'x-request-id': 'req_sse', ...headers } });
}

describe('turn streams against the real API', () => {
  it('final() without iterating reads the whole reply', async () => {
    s = await setup();
    const session = await liveSession();
    const stream = await s.client.sessions.turns.stream(session.id, { text: 'The invoices were wrong for two months.' });
    const done = await stream.final();
    expect(done).toMatchObject({ turn: { role: 'participant' }, reply: { role: 'interviewer' }, status: 'active' });
    expect(done.progress.total).toBeGreaterThan(0);
  });

  it('breaking out of the loop aborts the request; final() then rejects', async () => {
    s = await setup();
    const session = await liveSession();
    const stream = await s.client.sessions.turns.stream(session.id, { text: 'Support never called me back, and I had to chase them.' });
    let seen = 0;
    for await (const _ of stream) {
      seen++;
      break;
    }
    expect(seen).toBe(1);
    expect(s.seen.at(-1)!.signal!.aborted).toBe(true);
    expect(stream.controller.signal.aborted).toBe(true);
    await expect(stream.final()).rejects.toBeInstanceOf(APIUserAbortError);
  });

  it('abort() or the caller\'s signal mid-stream ends the loop with APIUserAbortError', async () => {
    s = await setup();
    const session = await liveSession();
    const stream = await s.client.sessions.turns.stream(session.id, { text: 'It took ages.' });
    const loop = (async () => {
      for await (const _ of stream) stream.abort();
    })();
    await expect(loop).rejects.toBeInstanceOf(APIUserAbortError);

    const controller = new AbortController();
    const second = await s.client.sessions.turns.stream(session.id, { text: 'Really slow.' }, { signal: controller.signal });
    const loop2 = (async () => {
      for await (const _ of second) controller.abort();
    })();
    await expect(loop2).rejects.toBeInstanceOf(APIUserAbortError);
  });

  it('errors before the stream opens are thrown by the call itself, typed', async () => {
    s = await setup();
    await expect(s.client.sessions.turns.stream('se_missing', { text: 'Hello' })).rejects.toBeInstanceOf(NotFoundError);
  });

  it('a stream can be read once', async () => {
    s = await setup();
    const session = await liveSession();
    const stream = await s.client.sessions.turns.stream(session.id, { text: 'Fine.' });
    await stream.final();
    await expect(
      (async () => {
        for await (const _ of stream);
      })(),
    ).rejects.toBeInstanceOf(ParleyError);
  });
});

describe('stream protocol edge cases', () => {
  it('an `error` event becomes the typed error of its type, with the request id', async () => {
    s = await setup();
    s.intercept(() => sse(['event: delta\ndata: {"text":"Thanks"}\n\n', 'event: error\ndata: {"type":"upstream","message":"Storage is unavailable"}\n\n']));
    const stream = await s.client.sessions.turns.stream('se_1', { text: 'Hi' });
    const deltas: string[] = [];
    const err = await (async () => {
      try {
        for await (const d of stream) deltas.push(d.text);
      } catch (e) {
        return e;
      }
    })();
    expect(deltas).toEqual(['Thanks']);
    expect(err).toBeInstanceOf(UpstreamError);
    expect(err).toMatchObject({ type: 'upstream', status: 503, requestId: 'req_sse' });
  });

  it('a stream that ends without `done` is a connection error', async () => {
    s = await setup();
    s.intercept(() => sse(['event: delta\ndata: {"text":"Tha"}\n\n']));
    const stream = await s.client.sessions.turns.stream('se_1', { text: 'Hi' });
    await expect(stream.final()).rejects.toBeInstanceOf(APIConnectionError);
  });

  it('a plain JSON answer is taken as the result, with no deltas', async () => {
    s = await setup();
    const answer = { answer: 'Billing comes up most.', citations: [{ sessionId: 'se_1', turnId: 'tu_1', text: 'charged twice' }] };
    s.intercept(() => Response.json(answer));
    const stream = await s.client.studies.askStream('st_1', { question: 'What about billing?' });
    const deltas = [];
    for await (const d of stream) deltas.push(d);
    expect(deltas).toEqual([]);
    expect(await stream.final()).toEqual(answer);
  });

  it('ask streams deltas, then the answer with citations', async () => {
    s = await setup();
    s.intercept(() =>
      sse(['event: delta\ndata: {"text":"Billing "}\n\nevent: delta\ndata: {"text":"comes up."}\n\n', 'event: done\ndata: {"answer":"Billing comes up.","citations":[]}\n\n']),
    );
    const stream = await s.client.studies.askStream('st_1', { question: 'What about billing?' });
    const text: string[] = [];
    for await (const d of stream) text.push(d.text);
    expect(text.join('')).toBe('Billing comes up.');
    expect(await stream.final()).toEqual({ answer: 'Billing comes up.', citations: [] });
    expect(s.seen.at(-1)).toMatchObject({ method: 'POST', body: '{"question":"What about billing?"}' });
    expect(s.seen.at(-1)!.url.pathname).toBe('/v1/studies/st_1/ask');
  });
});

describe('the SSE reader', () => {
  const read = async (pieces: (string | Uint8Array)[]) => {
    const out = [];
    for await (const e of readServerSentEvents(sse(pieces).body!)) out.push(e);
    return out;
  };

  it('joins events split mid-line, mid-UTF-8 character and across CRLF', async () => {
    const bytes = new TextEncoder().encode('event: delta\r\ndata: {"text":"café ✓"}\r\n\r\n');
    const cut = bytes.indexOf(0xc3) + 1; // inside "é"
    const crlf = bytes.indexOf(13); // between \r and \n of the first line ending
    expect(await read([bytes.slice(0, crlf + 1), bytes.slice(crlf + 1, cut), bytes.slice(cut)])).toEqual([{ event: 'delta', data: '{"text":"café ✓"}' }]);
  });

  it('ignores comments and ids, joins multi-line data, defaults the name to "message"', async () => {
    expect(await read([': keep-alive\n\nid: 3\ndata: a\ndata: b\n\nevent:done\ndata:{}\n\n'])).toEqual([
      { event: 'message', data: 'a\nb' },
      { event: 'done', data: '{}' },
    ]);
  });
});
