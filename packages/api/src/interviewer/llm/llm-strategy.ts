import type OpenAI from 'openai';
import type { Logger } from '../../deps.ts';
import type { LlmConfig } from '../../llm/config.ts';
import type { UsageReport } from '../../llm/chat-stream.ts';
import { LlmError } from '../../llm/llm-error.ts';
import { withRetries, type RetryPolicy } from '../../llm/retry.ts';
import { createRequestCompat } from '../../llm/request-compat.ts';
import type { Decision, InterviewStrategy, TurnContext } from '../strategy.ts';
import { interviewRequest } from './interview-request.ts';
import { openReply, type OpenedReply } from './open-reply.ts';
import { createLeakGuard, type LeakGuard } from './leak-guard.ts';
import { replyText } from './reply-text.ts';

/** The LLM strategy's decision: the move, and the model reply that is still streaming its wording. */
export interface LlmDecision extends Decision {
  reply: OpenedReply;
  guard: LeakGuard;
}

/** What the LLM strategy needs. */
export interface LlmStrategyOptions {
  client: OpenAI;
  config: Pick<LlmConfig, 'model' | 'tokenLimitParam' | 'timeoutMs' | 'maxRetries'>;
  /** Overrides of the retry policy (tests use short waits). */
  retry?: Partial<RetryPolicy>;
  logger?: Logger;
}

/**
 * The language-model strategy. One streamed request per turn: the model's first line names its move among those the
 * conductor allows (read in `decide`, retried with backoff while nothing has been shown), the rest is the wording,
 * streamed by `word` through the reply filters. For a `next` move the model writes its acknowledgement (and, for a
 * question it may reword, its own wording); the conductor adds the guide question word for word when the model asked
 * none, so the question counted as asked is the one the participant reads.
 */
export function createLlmStrategy(options: LlmStrategyOptions): InterviewStrategy<LlmDecision> {
  const { client, config, logger } = options;
  const policy: RetryPolicy = {
    maxRetries: config.maxRetries,
    baseDelayMs: 250,
    maxDelayMs: 2_000,
    // A participant waits at most about two silences' worth before the guide question is used instead.
    budgetMs: config.timeoutMs * 2,
    ...options.retry,
  };
  const compat = createRequestCompat();
  let saidEstimated = false;
  const report = (ctx: TurnContext) => (r: UsageReport) => {
    ctx.meter.add(r.usage);
    if (r.estimated && !saidEstimated) {
      saidEstimated = true;
      logger?.info('llm_usage_estimated', { model: config.model, reason: 'the model server sent no usage; tokens are estimated as characters / 4' });
    }
  };

  return {
    kind: 'llm',
    async decide(ctx) {
      const request = interviewRequest(ctx, config);
      try {
        const reply = await withRetries(
          (_attempt, remainingMs) => openReply(client, request, ctx, { idleMs: Math.max(1, Math.min(config.timeoutMs, remainingMs)), onUsage: report(ctx), compat, ...(ctx.signal ? { signal: ctx.signal } : {}) }),
          policy,
          {
            ...(ctx.signal ? { signal: ctx.signal } : {}),
            onRetry: (error, delayMs, attempt) => logger?.info('llm_retry', { failure: error.failure, status: error.details.status, delayMs: Math.round(delayMs), attempt }),
          },
        );
        return { move: reply.move, reply, guard: createLeakGuard(request), ...(reply.signal ? { signal: reply.signal } : {}) };
      } catch (err) {
        if (err instanceof LlmError) logger?.info('llm_unavailable', { failure: err.failure, status: err.details.status, message: err.message });
        throw err;
      }
    },
    async *word(ctx, decision) {
      const { reply } = decision;
      let said = '';
      try {
        for await (const piece of replyText(reply.stream, reply.rest, decision.guard, decision)) {
          said += piece;
          yield piece;
        }
      } catch (err) {
        if (err instanceof LlmError) logger?.info('llm_reply_broken', { failure: err.failure, shownChars: said.length });
        throw err;
      } finally {
        reply.stream.close();
      }
    },
  };
}
