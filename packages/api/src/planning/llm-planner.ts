import type OpenAI from 'openai';
import { zodResponseFormat } from 'openai/helpers/zod';
import type { ChatCompletion, ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import type { DraftPlanRequest, Plan, PlanTemplate } from '@parley/protocol';
import type { Logger, PlanDrafter } from '../deps.ts';
import type { LlmConfig } from '../llm/config.ts';
import { LlmError, toLlmError } from '../llm/llm-error.ts';
import { withRetries, type RetryPolicy } from '../llm/retry.ts';
import { createRequestCompat, sendAdapted } from '../llm/request-compat.ts';
import { estimateTokens, usageFromWire } from '../llm/token-estimate.ts';
import { createTextNlp, type TextNlp } from '../interviewer/offline/nlp.ts';
import { draftPlanOffline } from './draft-plan.ts';
import { checkModelPlan, ModelPlanDraft } from './llm-plan-schema.ts';
import { planMessages, repairMessage } from './llm-plan-prompt.ts';

/** Room for a whole plan in JSON. */
const MAX_PLAN_TOKENS = 2_000;
/** A whole plan is many tokens: its request may take this many times the interviewer's per-silence timeout. */
const PLAN_TIMEOUT_FACTOR = 6;

/** What the LLM planner needs. */
export interface LlmPlannerOptions {
  client: OpenAI;
  config: Pick<LlmConfig, 'analysisModel' | 'tokenLimitParam' | 'timeoutMs' | 'maxRetries'>;
  /** The NLP pipeline of the offline drafter (template choice, reference draft, fallback); loaded here if absent. */
  nlp?: TextNlp;
  retry?: Partial<RetryPolicy>;
  logger?: Logger;
}

/**
 * Drafts plans with a language model. The offline drafter still chooses the template (returned as before) and
 * writes a reference draft the model improves on. The model's JSON (structured output, or JSON mode for servers
 * without json_schema) is checked against the protocol's Plan schema; an invalid plan is sent back once with the
 * validation errors, and if it is still invalid, or the model is unavailable, the offline draft is returned.
 */
export function createLlmPlanner(options: LlmPlannerOptions): PlanDrafter {
  const { client, config, logger } = options;
  const nlp = options.nlp ?? createTextNlp();
  const timeout = config.timeoutMs * PLAN_TIMEOUT_FACTOR;
  const policy: RetryPolicy = { maxRetries: config.maxRetries, baseDelayMs: 500, maxDelayMs: 4_000, budgetMs: timeout * 2, ...options.retry };
  // Servers that reject json_schema get JSON mode from then on (this planner's own memory, not a global).
  let format: 'json_schema' | 'json_object' = 'json_schema';
  const compat = createRequestCompat();

  async function complete(messages: ChatCompletionMessageParam[], signal: AbortSignal | undefined): Promise<string> {
    const request = (mode: typeof format) =>
      withRetries(
        () =>
          sendAdapted(
            compat,
            {
              model: config.analysisModel,
              messages,
              temperature: 0.3,
              [config.tokenLimitParam]: MAX_PLAN_TOKENS,
              response_format: mode === 'json_schema' ? zodResponseFormat(ModelPlanDraft, 'research_plan') : { type: 'json_object' as const },
            },
            (body) => client.chat.completions.create(body, { timeout, ...(signal ? { signal } : {}) }),
          ),
        policy,
        { ...(signal ? { signal } : {}), onRetry: (e, delayMs) => logger?.info('llm_retry', { task: 'plan', failure: e.failure, status: e.details.status, delayMs: Math.round(delayMs) }) },
      );
    let completion: ChatCompletion;
    try {
      completion = await request(format);
    } catch (err) {
      const error = toLlmError(err);
      if (format !== 'json_schema' || error.details.status !== 400) throw error;
      format = 'json_object';
      logger?.info('llm_plan_json_mode', { model: config.analysisModel, reason: 'the server refused response_format json_schema' });
      completion = await request(format);
    }
    const message = completion.choices[0]?.message;
    if (message?.refusal) throw new LlmError('malformed', 'the model refused to draft the plan');
    const content = message?.content ?? '';
    const usage = usageFromWire(completion.usage);
    logger?.info('llm_plan_usage', {
      model: config.analysisModel,
      ...(usage ?? { promptTokens: estimateTokens(messages.map((m) => String(m.content)).join('')), completionTokens: estimateTokens(content) }),
      estimated: !usage,
    });
    return content;
  }

  async function draftWithModel(input: DraftPlanRequest, reference: Plan, template: PlanTemplate, signal?: AbortSignal): Promise<Plan> {
    const settings = { maxTurns: reference.maxTurns, maxMinutes: reference.maxMinutes, language: reference.language };
    const { maxTurns: _t, maxMinutes: _m, language: _l, ...body } = reference;
    const messages = planMessages(input, template, settings.language, body);
    const first = await complete(messages, signal);
    const checked = checkModelPlan(first, settings);
    if (checked.ok) return checked.plan;
    logger?.info('llm_plan_repair', { issues: checked.issues.length });
    const second = await complete([...messages, { role: 'assistant', content: first }, repairMessage(checked.issues)], signal);
    const repaired = checkModelPlan(second, settings);
    if (repaired.ok) return repaired.plan;
    throw new LlmError('malformed', `the plan was still invalid after one repair (${repaired.issues.length} issues)`);
  }

  return {
    async draft(input, signal) {
      signal?.throwIfAborted();
      const offline = draftPlanOffline(input, nlp);
      try {
        return { plan: await draftWithModel(input, offline.plan, offline.template, signal), template: offline.template };
      } catch (err) {
        signal?.throwIfAborted();
        const error = toLlmError(err);
        logger?.info('llm_plan_fallback', { failure: error.failure, status: error.details.status, message: error.message });
        return offline;
      }
    },
  };
}
