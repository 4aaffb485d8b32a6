import type OpenAI from 'openai';
import type { DraftPlanRequest, Plan, PlanTemplate } from '@parley/protocol';
import type { Logger, PlanDrafter } from '../deps.ts';
import type { LlmConfig } from '../llm/config.ts';
import { LlmError, toLlmError } from '../llm/llm-error.ts';
import type { RetryPolicy } from '../llm/retry.ts';
import { createJsonCompletion } from '../llm/json-completion.ts';
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
  const complete = createJsonCompletion({
    client,
    config,
    schema: ModelPlanDraft,
    schemaName: 'research_plan',
    task: 'plan',
    temperature: 0.3,
    maxTokens: MAX_PLAN_TOKENS,
    timeoutMs: timeout,
    policy,
    ...(logger ? { logger } : {}),
    onUsage: (u) => logger?.info('llm_plan_usage', { model: config.analysisModel, ...u }),
  });

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
