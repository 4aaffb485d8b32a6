import type OpenAI from 'openai';
import type { ChatCompletionCreateParamsStreaming } from 'openai/resources/chat/completions';
import type { TokenUsage } from '@parley/protocol';
import { LlmError, toLlmError } from './llm-error.ts';
import { tokensForChars, usageFromWire } from './token-estimate.ts';
import { sendAdapted, type RequestCompat } from './request-compat.ts';

/** What one streamed request cost: the server's own count, or our estimate when it sent none. */
export interface UsageReport {
  usage: TokenUsage;
  estimated: boolean;
}

/** One streamed chat completion, read a piece of content at a time. */
export interface ChatStream {
  /** The next piece of content, or null once the model has finished; failures are thrown as LlmError. */
  next(): Promise<string | null>;
  /** Why the model stopped ("stop", "length", "content_filter"…), once it has. */
  finishReason(): string | null;
  /** Stops reading and cancels the request if it is still running; safe to call more than once. */
  close(): void;
}

/** How a stream is watched. */
export interface ChatStreamOptions {
  /** The longest silence accepted: before the response starts, and between two chunks after. */
  idleMs: number;
  signal?: AbortSignal;
  /** Called once per request that reached the server, when it ends in any way. */
  onUsage?: (report: UsageReport) => void;
  /** What this server refuses (temperature for reasoning models, say), learnt on the way. */
  compat?: RequestCompat;
}

/**
 * Starts a streamed chat completion (usage included in the last chunk) and resolves once the server answered with
 * a stream. A silence longer than `idleMs` aborts the request and surfaces as a `timeout` LlmError.
 */
export async function openChatStream(client: OpenAI, body: ChatCompletionCreateParamsStreaming, options: ChatStreamOptions): Promise<ChatStream> {
  const controller = new AbortController();
  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, options.idleMs);
  };
  const onAbort = () => controller.abort(options.signal?.reason);
  // Not every fetch stops a response body that is being read when its request is aborted: wait on the abort too.
  const aborted = new Promise<never>((_, reject) => controller.signal.addEventListener('abort', () => reject(controller.signal.reason), { once: true }));
  aborted.catch(() => undefined);
  options.signal?.addEventListener('abort', onAbort, { once: true });
  const cleanup = () => {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  };
  const failure = (err: unknown) => (timedOut ? new LlmError('timeout', `the model was silent for ${options.idleMs} ms`, { cause: err }) : toLlmError(err));

  arm();
  let stream: AsyncIterable<OpenAI.Chat.Completions.ChatCompletionChunk>;
  try {
    const full: ChatCompletionCreateParamsStreaming = { ...body, stream: true, stream_options: { include_usage: true } };
    const send = (b: ChatCompletionCreateParamsStreaming) => client.chat.completions.create(b, { signal: controller.signal });
    stream = options.compat ? await sendAdapted(options.compat, full, send) : await send(full);
  } catch (err) {
    cleanup();
    throw failure(err);
  }

  const iterator = stream[Symbol.asyncIterator]();
  const promptChars = body.messages.reduce((sum, m) => sum + (typeof m.content === 'string' ? m.content.length : 0), 0);
  let completionChars = 0;
  let reported: TokenUsage | undefined;
  let finish: string | null = null;
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    cleanup();
    options.onUsage?.(
      reported
        ? { usage: reported, estimated: false }
        : { usage: { promptTokens: tokensForChars(promptChars), completionTokens: tokensForChars(completionChars) }, estimated: true },
    );
  };

  return {
    async next() {
      while (!ended) {
        let result: IteratorResult<OpenAI.Chat.Completions.ChatCompletionChunk>;
        try {
          result = await Promise.race([iterator.next(), aborted]);
        } catch (err) {
          const error = failure(err);
          controller.abort();
          void iterator.return?.().catch(() => undefined);
          end();
          throw error;
        }
        if (result.done) {
          end();
          return null;
        }
        arm();
        const chunk = result.value;
        reported = usageFromWire(chunk.usage) ?? reported;
        const choice = chunk.choices?.[0];
        if (choice?.finish_reason) finish = choice.finish_reason;
        if (choice?.delta?.refusal) {
          controller.abort();
          end();
          throw new LlmError('malformed', 'the model refused to answer');
        }
        const content = choice?.delta?.content;
        if (content) {
          completionChars += content.length;
          return content;
        }
      }
      return null;
    },
    finishReason: () => finish,
    close() {
      if (ended) return;
      controller.abort();
      end();
    },
  };
}
