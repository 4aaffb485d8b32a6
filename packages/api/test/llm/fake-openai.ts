import { http } from 'msw';

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A base URL no real server answers; msw intercepts it. */
export const FAKE_BASE_URL = 'http://llm.test/v1';

/** What the fake model does with one request. */
export type ModelAnswer =
  | {
      /** The whole output, streamed a token (word) at a time in OpenAI's chunk format. */
      stream: string;
      /** Wait before the response starts, and between chunks. */
      delayMs?: number;
      pieceDelayMs?: number;
      /** Break the connection after this many content chunks. */
      cutAfter?: number;
      /** Send a chunk that is not JSON after this many content chunks. */
      garbleAt?: number;
      /** Stop sending after this many content chunks, keeping the connection open (a stalled stream). */
      stallAfter?: number;
      /** Leave out the usage chunk (as some compatible servers do). */
      noUsage?: boolean;
      finishReason?: 'stop' | 'length';
    }
  | { status: number; body?: unknown; headers?: Record<string, string> }
  | { json: string; noUsage?: boolean; delayMs?: number };

/** A request the fake model received. */
export interface SeenRequest {
  body: any;
  headers: Headers;
  at: number;
  system: string;
  user: string;
  /** The whole prompt as text. */
  prompt: string;
}

/** Splits text into tokens the way a BPE tokenizer roughly does: a line break alone, else a word with its leading spaces. */
export function tokens(text: string): string[] {
  return text.match(/\n|[^\S\n]*[^\s]+/g) ?? [];
}

/** A fake OpenAI-compatible model: answers /chat/completions requests as `respond` says, and records every request. */
export function fakeModel(respond: (req: SeenRequest, index: number) => ModelAnswer | Promise<ModelAnswer>) {
  const requests: SeenRequest[] = [];
  async function handle(request: Request): Promise<Response> {
    const body = (await request.json()) as any;
    const messages: { role: string; content: string }[] = body.messages;
    const seen: SeenRequest = {
      body,
      headers: request.headers,
      at: performance.now(),
      system: messages.filter((m) => m.role === 'system').map((m) => m.content).join('\n'),
      user: messages.filter((m) => m.role === 'user').map((m) => m.content).join('\n'),
      prompt: messages.map((m) => m.content).join('\n'),
    };
    requests.push(seen);
    const answer = await respond(seen, requests.length - 1);
    if ('status' in answer) {
      return Response.json(answer.body ?? { error: { message: `fake error ${answer.status}`, type: 'server_error', param: null, code: null } }, {
        status: answer.status,
        headers: answer.headers ?? {},
      });
    }
    if ('json' in answer) {
      if (answer.delayMs) await delay(answer.delayMs);
      return Response.json(completion(body.model, answer.json, seen.prompt, !answer.noUsage));
    }
    if (answer.delayMs) await delay(answer.delayMs);
    return new Response(chunkStream(body.model, answer, seen.prompt), { headers: { 'content-type': 'text/event-stream; charset=utf-8' } });
  }
  return { requests, handle };
}

/** The fake model as an msw handler for `${base}/chat/completions`. */
export function fakeOpenAi(respond: (req: SeenRequest, index: number) => ModelAnswer | Promise<ModelAnswer>, base = FAKE_BASE_URL) {
  const model = fakeModel(respond);
  const handler = http.post(`${base}/chat/completions`, ({ request }) => model.handle(request));
  return { handler, requests: model.requests };
}

/** Usage in OpenAI's shape, counted as characters / 4. */
export function wireUsage(prompt: string, output: string) {
  const prompt_tokens = Math.ceil(prompt.length / 4);
  const completion_tokens = Math.ceil(output.length / 4);
  return {
    prompt_tokens,
    completion_tokens,
    total_tokens: prompt_tokens + completion_tokens,
    prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
    completion_tokens_details: { reasoning_tokens: 0, audio_tokens: 0, accepted_prediction_tokens: 0, rejected_prediction_tokens: 0 },
  };
}

const encoder = new TextEncoder();
const frame = (data: unknown) => encoder.encode(`data: ${typeof data === 'string' ? data : JSON.stringify(data)}\n\n`);

function chunk(model: string, delta: Record<string, unknown>, finish: string | null = null) {
  return {
    id: 'chatcmpl-fake0001',
    object: 'chat.completion.chunk',
    created: 1763900000,
    model,
    service_tier: 'default',
    system_fingerprint: 'fp_fake',
    choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }],
    usage: null,
    obfuscation: 'x',
  };
}

function chunkStream(model: string, answer: Extract<ModelAnswer, { stream: string }>, prompt: string): ReadableStream<Uint8Array> {
  const parts = tokens(answer.stream);
  return new ReadableStream({
    async start(controller) {
      controller.enqueue(frame(chunk(model, { role: 'assistant', content: '', refusal: null })));
      for (let i = 0; i < parts.length; i += 1) {
        if (answer.cutAfter === i) {
          // Let the reader take what was sent first: erroring a stream drops chunks still queued in it.
          await delay(20);
          return controller.error(new Error('connection reset by fake model'));
        }
        if (answer.garbleAt === i) controller.enqueue(encoder.encode('data: {"id":"chatcmpl-fake0001","choices":[{"delta":{"content\n\n'));
        if (answer.stallAfter === i) return; // never closes: the reader must time out
        if (answer.pieceDelayMs) await delay(answer.pieceDelayMs);
        controller.enqueue(frame(chunk(model, { content: parts[i] })));
      }
      controller.enqueue(frame(chunk(model, {}, answer.finishReason ?? 'stop')));
      if (!answer.noUsage) controller.enqueue(frame({ ...chunk(model, {}), choices: [], usage: wireUsage(prompt, answer.stream) }));
      controller.enqueue(frame('[DONE]'));
      controller.close();
    },
  });
}

function completion(model: string, content: string, prompt: string, withUsage: boolean) {
  return {
    id: 'chatcmpl-fake0002',
    object: 'chat.completion',
    created: 1763900000,
    model,
    choices: [{ index: 0, message: { role: 'assistant', content, refusal: null, annotations: [] }, logprobs: null, finish_reason: 'stop' }],
    ...(withUsage ? { usage: wireUsage(prompt, content) } : {}),
    service_tier: 'default',
    system_fingerprint: 'fp_fake',
  };
}

/** The moves the conductor allowed in a request, as the model reads them ("probe", "next", "clarify", "wrap"). */
export function allowedMoves(req: SeenRequest): string[] {
  const line = /Moves allowed now: ([^.\n]*)\./.exec(req.user);
  return line ? line[1]!.split(',').map((m) => m.trim()) : [];
}

/** The participant's answer as the request quotes it. */
export function answerIn(req: SeenRequest): string {
  return /<participant_answer>\n([\s\S]*?)\n<\/participant_answer>/.exec(req.user)?.[1] ?? '';
}

/** How many follow-ups the request says were asked on the current question. */
export function probesIn(req: SeenRequest): number {
  return Number(/Follow-ups asked on the current question: (\d+)/.exec(req.user)?.[1] ?? 0);
}
