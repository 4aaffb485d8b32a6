import type OpenAI from 'openai';
import type { z } from 'zod';
import { zodResponseFormat } from 'openai/helpers/zod';
import type { ChatCompletion, ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import type { Logger } from '../deps.ts';
import type { LlmConfig } from './config.ts';
import { LlmError, toLlmError } from './llm-error.ts';
import { withRetries, type RetryPolicy } from './retry.ts';
import { createRequestCompat, sendAdapted } from './request-compat.ts';
import { estimateTokens, usageFromWire } from './token-estimate.ts';

/** What one JSON request cost: the server's count, or our estimate when it sent none. */
export interface JsonUsage {
  promptTokens: number;
  completionTokens: number;
  estimated: boolean;
}

/** How one kind of researcher-side JSON request is made (plans, turn analysis, summaries). */
export interface JsonCompletionOptions {
  client: OpenAI;
  config: Pick<LlmConfig, 'analysisModel' | 'tokenLimitParam'>;
  /** The shape asked for: sent as strict json_schema structured output (the caller validates the answer). */
  schema: z.ZodType;
  schemaName: string;
  /** A short name for logs: "plan", "analysis", "summary". */
  task: string;
  temperature: number;
  maxTokens: number;
  /** Per request. */
  timeoutMs: number;
  policy: RetryPolicy;
  logger?: Logger;
  onUsage?: (usage: JsonUsage) => void;
}

/**
 * Limits of a background researcher task (study summary, persona names, theme merge): nobody waits on one, so each
 * request may take four times the model timeout and retries may run for twelve, backing off from 0.5 s to 8 s.
 */
export function backgroundTaskLimits(config: Pick<LlmConfig, 'timeoutMs' | 'maxRetries'>): Pick<JsonCompletionOptions, 'timeoutMs' | 'policy'> {
  return {
    timeoutMs: config.timeoutMs * 4,
    policy: { maxRetries: config.maxRetries, baseDelayMs: 500, maxDelayMs: 8_000, budgetMs: config.timeoutMs * 12 },
  };
}

/**
 * A function that sends chat messages and returns the model's JSON text. Structured output (json_schema) first; a
 * server that refuses it (400) gets JSON mode from then on; parameters a server refuses (temperature, token limits)
 * are learnt and left out; failures are retried per `policy`; a refusal is a `malformed` LlmError. Each completer
 * keeps its own memory of what the server accepts, never a global one.
 */
export function createJsonCompletion(options: JsonCompletionOptions): (messages: ChatCompletionMessageParam[], signal?: AbortSignal) => Promise<string> {
  const { client, config, logger, task } = options;
  const compat = createRequestCompat();
  let format: 'json_schema' | 'json_object' = 'json_schema';
  return async (messages, signal) => {
    const request = (mode: typeof format) =>
      withRetries(
        () =>
          sendAdapted(
            compat,
            {
              model: config.analysisModel,
              messages,
              temperature: options.temperature,
              [config.tokenLimitParam]: options.maxTokens,
              response_format: mode === 'json_schema' ? zodResponseFormat(options.schema, options.schemaName) : { type: 'json_object' as const },
            },
            (body) => client.chat.completions.create(body, { timeout: options.timeoutMs, ...(signal ? { signal } : {}) }),
          ),
        options.policy,
        { ...(signal ? { signal } : {}), onRetry: (e, delayMs) => logger?.info('llm_retry', { task, failure: e.failure, status: e.details.status, delayMs: Math.round(delayMs) }) },
      );
    let completion: ChatCompletion;
    try {
      completion = await request(format);
    } catch (err) {
      const error = toLlmError(err);
      if (format !== 'json_schema' || error.details.status !== 400) throw error;
      format = 'json_object';
      logger?.info(`llm_${task}_json_mode`, { model: config.analysisModel, reason: 'the server refused response_format json_schema' });
      completion = await request(format);
    }
    const message = completion.choices[0]?.message;
    const content = message?.content ?? '';
    const reported = usageFromWire(completion.usage);
    options.onUsage?.(
      reported
        ? { ...reported, estimated: false }
        : { promptTokens: estimateTokens(messages.map((m) => String(m.content)).join('')), completionTokens: estimateTokens(content), estimated: true },
    );
    if (message?.refusal) throw new LlmError('malformed', `the model refused the ${task} request`);
    return content;
  };
}
