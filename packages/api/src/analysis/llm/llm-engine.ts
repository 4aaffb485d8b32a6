import type OpenAI from 'openai';
import type { Logger } from '../../deps.ts';
import type { LlmConfig } from '../../llm/config.ts';
import { LlmError, toLlmError } from '../../llm/llm-error.ts';
import type { RetryPolicy } from '../../llm/retry.ts';
import { createJsonCompletion } from '../../llm/json-completion.ts';
import type { AnalysisEngine, EngineUsage, ExtractedTurn, ExtractionInput, TurnToAnalyse } from '../engine.ts';
import { createOfflineEngine, type OfflineEngine } from '../offline/offline-engine.ts';
import { normalise } from '../offline/read-sentence.ts';
import { EMOTIONS, type Emotion } from '../session-analysis.ts';
import { checkExtraction, findVerbatim } from './check-extraction.ts';
import { extractionMessages, repairMessage } from './extraction-prompt.ts';
import { ModelExtraction, type ModelTurn } from './extraction-schema.ts';

/** Room for the analysis of a few answers in JSON. */
const MAX_OUTPUT_TOKENS = 1_500;
/** Analysis is background work: a request may take this many times the interviewer's per-silence timeout. */
const TIMEOUT_FACTOR = 4;
/** The label's own feature outweighs its words, so answers the model labels alike cluster together. */
const LABEL_WEIGHT = 3;
const MAX_PHRASE_CHARS = 300;

/** What the LLM engine needs. */
export interface LlmEngineOptions {
  client: OpenAI;
  config: Pick<LlmConfig, 'analysisModel' | 'tokenLimitParam' | 'timeoutMs' | 'maxRetries'>;
  /** The offline engine it falls back to, turn by turn (and reads labels with); created if absent. */
  offline?: OfflineEngine;
  retry?: Partial<RetryPolicy>;
  logger?: Logger;
}

/**
 * Extraction by a language model through the openai client: structured output (json_schema from the zod schema,
 * or JSON mode for servers without it), validated with zod; one repair round for invalid output; quotes kept only
 * when they are the participant's exact words; every turn the model leaves out or cannot deliver (errors after
 * retries, output still invalid) is analysed offline instead, so analysis never stalls on the model.
 */
export function createLlmAnalysisEngine(options: LlmEngineOptions): AnalysisEngine {
  const { client, config, logger } = options;
  const offline = options.offline ?? createOfflineEngine();
  const timeout = config.timeoutMs * TIMEOUT_FACTOR;
  const policy: RetryPolicy = { maxRetries: config.maxRetries, baseDelayMs: 500, maxDelayMs: 8_000, budgetMs: timeout * 3, ...options.retry };
  const usage: EngineUsage = { requests: 0, promptTokens: 0, completionTokens: 0, fallbackTurns: 0, estimated: false };
  const complete = createJsonCompletion({
    client,
    config,
    schema: ModelExtraction,
    schemaName: 'turn_analysis',
    task: 'analysis',
    temperature: 0,
    maxTokens: MAX_OUTPUT_TOKENS,
    timeoutMs: timeout,
    policy,
    ...(logger ? { logger } : {}),
    onUsage: (u) => {
      usage.requests += 1;
      usage.promptTokens += u.promptTokens;
      usage.completionTokens += u.completionTokens;
      if (u.estimated) usage.estimated = true;
    },
  });

  async function ask(input: ExtractionInput): Promise<Map<string, ModelTurn>> {
    const ids = input.turns.map((t) => t.turn.id);
    const messages = extractionMessages(input);
    const first = await complete(messages, input.signal);
    const checked = checkExtraction(first, ids);
    if (checked.ok) return checked.turns;
    logger?.info('llm_analysis_repair', { issues: checked.issues.length });
    const second = await complete([...messages, { role: 'assistant', content: first }, repairMessage(checked.issues)], input.signal);
    const repaired = checkExtraction(second, ids);
    if (repaired.ok) return repaired.turns;
    throw new LlmError('malformed', `the analysis was still invalid after one repair (${repaired.issues.length} issues)`);
  }

  function fromModel(item: TurnToAnalyse, m: ModelTurn, flow: string[]): ExtractedTurn {
    const reference = offline.analyseTurn(item);
    const text = item.turn.text;
    const stage = flow.find((s) => s.toLowerCase() === m.journeyStage?.trim().toLowerCase()) ?? reference.stage;
    const mentions = m.themes.flatMap((theme) => {
      const label = theme.label.trim().slice(0, 80);
      const quote = findVerbatim(text, theme.quote);
      if (!label || !quote) return [];
      const sentence = reference.mentions.find((r) => r.text.includes(quote) || quote.includes(r.text));
      return [
        {
          text: quote,
          sentiment: clamp(theme.sentiment),
          features: normalise({ [`t:${slug(label)}`]: LABEL_WEIGHT, ...offline.labelFeatures(label) }),
          phrases: sentence?.phrases ?? [label.toLowerCase()],
          label,
          quotability: sentence?.quotability ?? 1.5,
        },
      ];
    });
    const short = (list: string[]) => list.map((s) => s.trim().slice(0, MAX_PHRASE_CHARS)).filter(Boolean).slice(0, 5);
    return {
      turnId: item.turn.id,
      at: item.turn.at,
      stage,
      sentiment: Math.round(clamp(m.sentiment) * 1000) / 1000,
      emotions: [...new Set(m.emotions.filter((e): e is Emotion => (EMOTIONS as readonly string[]).includes(e)))],
      mentions,
      painPoints: short(m.painPoints),
      goals: short(m.goals),
      behaviors: short(m.behaviors),
      quotes: m.quotes.map((q) => findVerbatim(text, q)).filter((q): q is string => q !== null).slice(0, 2),
      engine: 'llm',
      // The model is asked about the experience; who the participant is comes from the offline reading of their own words.
      about: reference.about ?? [],
      // …and so does what they ask for, which the model's themes may leave out.
      wishes: reference.wishes ?? [],
      // Detected by the offline patterns on the same verbatim sentences: a model's omission must not hide a churn threat.
      signals: reference.signals ?? [],
    };
  }

  return {
    kind: 'llm',
    async extract(input) {
      let answers = new Map<string, ModelTurn>();
      try {
        answers = await ask(input);
      } catch (err) {
        const error = toLlmError(err);
        logger?.info('llm_analysis_fallback', { failure: error.failure, status: error.details.status, turns: input.turns.length });
      }
      return input.turns.map((item) => {
        const m = answers.get(item.turn.id);
        if (m) return fromModel(item, m, input.study.flow);
        usage.fallbackTurns += 1;
        return offline.analyseTurn(item);
      });
    },
    readQuery: (text) => offline.readQuery(text),
    usage: () => ({ ...usage }),
  };
}

function clamp(n: number): number {
  return Number.isFinite(n) ? Math.max(-1, Math.min(1, n)) : 0;
}

function slug(label: string): string {
  return label.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
}
