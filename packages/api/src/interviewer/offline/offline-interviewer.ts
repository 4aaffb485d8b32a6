import type { Interviewer } from '../interviewer.ts';
import { createInterviewer } from '../conductor.ts';
import { createQuestionMatcher } from '../question-match.ts';
import { createTextNlp, type TextNlp } from './nlp.ts';
import { createOfflineStrategy } from './offline-strategy.ts';
import { cachedNlp } from './cached-nlp.ts';

/**
 * The built-in interviewer used when no LLM is configured: the conductor with the offline NLP strategy. Loads the
 * NLP model once for this interviewer; pass `nlp` to share one pipeline with the offline planner.
 */
export function createOfflineInterviewer(options: { nlp?: TextNlp } = {}): Interviewer {
  const nlp = cachedNlp(options.nlp ?? createTextNlp());
  return createInterviewer({ strategy: createOfflineStrategy(nlp), matcher: createQuestionMatcher(nlp) });
}
