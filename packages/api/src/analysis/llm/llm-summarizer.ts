import type OpenAI from 'openai';
import type { StudyInsights } from '@parley/protocol';
import type { Logger } from '../../deps.ts';
import type { LlmConfig } from '../../llm/config.ts';
import { backgroundTaskLimits, createJsonCompletion } from '../../llm/json-completion.ts';
import { ModelSummary, allowedNumbers, numbersGrounded, summaryFacts, summaryMessages } from './summary-prompt.ts';

/** Room for a short summary and six findings in JSON. */
const MAX_OUTPUT_TOKENS = 700;

/** A study summary written by a model. */
export interface WrittenSummary {
  text: string;
  keyFindings: string[];
}

/** Writes a study's summary and key findings from its computed insights (in the background; reads never wait on it). */
export interface Summarizer {
  /** The summary, or null when the model failed or wrote something that is not grounded in the facts. */
  summarize(input: { researchQuestion: string; insights: Omit<StudyInsights, 'segments'> }): Promise<WrittenSummary | null>;
}

/**
 * The LLM summarizer: the model gets aggregates and a few quotes (never transcripts), answers in a zod-validated JSON
 * shape (json_schema, or JSON mode for servers without it), and its numbers are checked against the facts: a summary
 * stating a figure that is not in them is dropped, and so is any finding that does; the offline summary stays then.
 */
export function createLlmSummarizer(options: { client: OpenAI; config: Pick<LlmConfig, 'analysisModel' | 'tokenLimitParam' | 'timeoutMs' | 'maxRetries'>; logger?: Logger }): Summarizer {
  const { client, config, logger } = options;
  const complete = createJsonCompletion({
    client,
    config,
    schema: ModelSummary,
    schemaName: 'study_summary',
    task: 'summary',
    temperature: 0.2,
    maxTokens: MAX_OUTPUT_TOKENS,
    ...backgroundTaskLimits(config),
    ...(logger ? { logger } : {}),
  });
  return {
    async summarize({ researchQuestion, insights }) {
      const facts = summaryFacts(researchQuestion, insights);
      try {
        const content = await complete(summaryMessages(facts));
        const parsed = ModelSummary.safeParse(JSON.parse(content));
        if (!parsed.success) throw new Error('the summary did not match its schema');
        const allowed = allowedNumbers(facts);
        if (!numbersGrounded(parsed.data.summary, allowed)) throw new Error('the summary states a number that is not in the facts');
        const keyFindings = parsed.data.keyFindings.map((f) => f.trim()).filter((f) => f && numbersGrounded(f, allowed));
        if (keyFindings.length === 0) throw new Error('no finding was grounded in the facts');
        return { text: parsed.data.summary.trim(), keyFindings };
      } catch (err) {
        logger?.info('llm_summary_failed', { studyId: insights.studyId, error: err instanceof Error ? err.message : String(err) });
        return null;
      }
    },
  };
}
