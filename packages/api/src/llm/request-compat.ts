import { toLlmError, type LlmError } from './llm-error.ts';

/** Request parameters some OpenAI-compatible servers or models refuse, and what to do instead. */
const ADAPTABLE = ['temperature', 'max_tokens', 'max_completion_tokens', 'stream_options'] as const;
type Adaptable = (typeof ADAPTABLE)[number];

/** Remembers which request parameters a server refused and rewrites later requests without them. */
export interface RequestCompat {
  /** The request as this server accepts it. */
  adapt<B extends object>(body: B): B;
  /** Learns from a refusal (400 naming a parameter we can do without); true when the request is worth sending again. */
  learn(error: LlmError): boolean;
}

/**
 * Creates the memory for one client. Reasoning models refuse `temperature` and `max_tokens`; some servers know only
 * `max_tokens`, or reject `stream_options` (usage is then estimated). One refusal is enough: from then on every
 * request is sent the way the server takes it.
 */
export function createRequestCompat(): RequestCompat {
  const refused = new Set<Adaptable>();
  return {
    adapt(body) {
      if (refused.size === 0) return body;
      const out = { ...body } as Record<string, unknown>;
      if (refused.has('temperature')) delete out.temperature;
      if (refused.has('stream_options')) delete out.stream_options;
      const limit = out.max_tokens ?? out.max_completion_tokens;
      if (limit !== undefined && refused.has('max_tokens') !== refused.has('max_completion_tokens')) {
        delete out.max_tokens;
        delete out.max_completion_tokens;
        out[refused.has('max_tokens') ? 'max_completion_tokens' : 'max_tokens'] = limit;
      }
      return out as typeof body;
    },
    learn(error) {
      if (error.details.status !== 400) return false;
      const named = error.details.param ?? /'(temperature|max_tokens|max_completion_tokens|stream_options)'/.exec(error.message + String((error.cause as Error | undefined)?.message ?? ''))?.[1];
      const param = ADAPTABLE.find((p) => p === named || (named?.startsWith(`${p}.`) ?? false));
      if (!param || refused.has(param)) return false;
      refused.add(param);
      return true;
    },
  };
}

/** Sends a request, and sends it again at once, rewritten, when the server refuses a parameter we can do without. */
export async function sendAdapted<B extends object, R>(compat: RequestCompat, body: B, send: (body: B) => Promise<R>): Promise<R> {
  for (let tries = 0; ; tries += 1) {
    try {
      return await send(compat.adapt(body));
    } catch (err) {
      // Anything else is the caller's to classify (a timeout, say), so the original error goes on unchanged.
      if (tries >= ADAPTABLE.length || !compat.learn(toLlmError(err))) throw err;
    }
  }
}
