import type OpenAI from 'openai';
import type { Logger } from '../../deps.ts';
import type { LlmConfig } from '../../llm/config.ts';
import type { RetryPolicy } from '../../llm/retry.ts';
import type { Interviewer } from '../interviewer.ts';
import { createInterviewer } from '../conductor.ts';
import { createLlmStrategy } from './llm-strategy.ts';
import { createQuestionMatcher } from '../question-match.ts';
import { createTextNlp, type TextNlp } from '../offline/nlp.ts';
import { cachedNlp } from '../offline/cached-nlp.ts';

/**
 * The interviewer used when a model is configured: the conductor (coverage, budgets, wrap-up, fallbacks) with the
 * LLM strategy choosing among its allowed moves and wording them. The greeting stays the conductor's own, so starting
 * a session never waits for a model. An NLP pipeline checks coverage by meaning and the model's coverage claims.
 */
export function createLlmInterviewer(options: { client: OpenAI; config: LlmConfig; logger?: Logger; retry?: Partial<RetryPolicy>; nlp?: TextNlp }): Interviewer {
  return createInterviewer({ strategy: createLlmStrategy(options), matcher: createQuestionMatcher(cachedNlp(options.nlp ?? createTextNlp())) });
}
