import type { PlanDrafter } from '../deps.ts';
import { createTextNlp, type TextNlp } from '../interviewer/offline/nlp.ts';
import { draftPlanOffline } from './draft-plan.ts';

/** The plan drafter used when no LLM is configured: offline templates, with one NLP pipeline loaded for its lifetime. */
export function offlinePlanner(options: { nlp?: TextNlp } = {}): PlanDrafter {
  const nlp = options.nlp ?? createTextNlp();
  return {
    async draft(input, signal) {
      signal?.throwIfAborted();
      return draftPlanOffline(input, nlp);
    },
  };
}
