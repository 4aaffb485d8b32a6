import type OpenAI from 'openai';
import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { ATTR_ERROR_TYPE } from '@opentelemetry/semantic-conventions';
import type { Telemetry } from './telemetry.ts';
import { ATTR } from './names.ts';

/** What a model request is for: `parley.model.use`. */
export type ModelUse = 'interview' | 'plan' | 'analysis';

type Usage = { prompt_tokens?: number | null; completion_tokens?: number | null } | null | undefined;
type Create = OpenAI['chat']['completions']['create'];

/**
 * Wraps an OpenAI client so each chat completion is timed (`parley.model.duration`), its reported token usage
 * recorded (`parley.model.tokens`, input / output) and traced as a `chat <model>` client span, by model and use.
 * A streamed request ends when its stream ends, fails or is cancelled. Prompts and replies are never recorded.
 */
export function instrumentChatClient(client: OpenAI, telemetry: Telemetry, use: ModelUse): OpenAI {
  if (!telemetry.enabled) return client;
  const completions = client.chat.completions;
  const create = ((body: { model: string; stream?: boolean | null }, options?: { signal?: AbortSignal | null }) => {
    const finish = watchRequest(telemetry, use, body.model);
    options?.signal?.addEventListener('abort', () => finish(undefined, 'cancelled'), { once: true });
    return (completions.create as (...args: unknown[]) => Promise<unknown>)(body, options).then(
      (answer) => {
        if (!body.stream) {
          finish((answer as { usage?: Usage }).usage);
          return answer;
        }
        return watchStream(answer as AsyncIterable<{ usage?: Usage }>, finish);
      },
      (err: unknown) => {
        finish(undefined, errorType(err));
        throw err;
      },
    );
  }) as unknown as Create;
  const completionsProxy = passThrough(completions, { create });
  const chat = passThrough(client.chat, { completions: completionsProxy });
  return passThrough(client, { chat });
}

/** Starts the span and clock of one request; the returned function ends them (once) with its usage or failure. */
function watchRequest(telemetry: Telemetry, use: ModelUse, model: string) {
  const { tracer, instruments } = telemetry;
  const attributes = { [ATTR.modelUse]: use, [ATTR.genAiRequestModel]: model, [ATTR.genAiOperation]: 'chat' };
  const span = tracer.startSpan(`chat ${model}`, { kind: SpanKind.CLIENT, attributes });
  const started = performance.now();
  let ended = false;
  return (usage: Usage, failure?: string) => {
    if (ended) return;
    ended = true;
    instruments.modelDuration.record((performance.now() - started) / 1000, failure ? { ...attributes, [ATTR_ERROR_TYPE]: failure } : attributes);
    const input = usage?.prompt_tokens;
    const output = usage?.completion_tokens;
    if (typeof input === 'number') {
      instruments.modelTokens.record(input, { ...attributes, [ATTR.genAiTokenType]: 'input' });
      span.setAttribute(ATTR.genAiInputTokens, input);
    }
    if (typeof output === 'number') {
      instruments.modelTokens.record(output, { ...attributes, [ATTR.genAiTokenType]: 'output' });
      span.setAttribute(ATTR.genAiOutputTokens, output);
    }
    if (failure) span.setAttribute(ATTR_ERROR_TYPE, failure).setStatus({ code: SpanStatusCode.ERROR });
    span.end();
  };
}

/** The stream as given, whose iterator reports the usage of its last chunk when it ends, fails or is returned early. */
function watchStream<T extends { usage?: Usage }>(stream: AsyncIterable<T>, finish: (usage: Usage, failure?: string) => void): AsyncIterable<T> {
  const iterate = (): AsyncIterator<T> => {
    const inner = stream[Symbol.asyncIterator]();
    let usage: Usage;
    return {
      async next() {
        try {
          const result = await inner.next();
          if (result.done) finish(usage);
          else if (result.value?.usage) usage = result.value.usage;
          return result;
        } catch (err) {
          finish(usage, errorType(err));
          throw err;
        }
      },
      async return(value?: unknown) {
        finish(usage, 'cancelled');
        return (await inner.return?.(value)) ?? { done: true, value: undefined };
      },
    };
  };
  return passThrough(stream, { [Symbol.asyncIterator]: iterate });
}

/** The object with some properties replaced; its other methods stay bound to it (the SDK's classes keep private state). */
function passThrough<T extends object>(target: T, replaced: Record<PropertyKey, unknown>): T {
  return new Proxy(target, {
    get(t, prop) {
      if (Object.prototype.hasOwnProperty.call(replaced, prop)) return replaced[prop];
      const value: unknown = Reflect.get(t, prop, t);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(t) : value;
    },
  });
}

/** A low-cardinality name for a failure: the SDK's error class (`APIConnectionTimeoutError`, `RateLimitError`…). */
function errorType(err: unknown): string {
  if (err instanceof Error) return err.name === 'Error' ? err.constructor.name : err.name;
  return 'unknown';
}
