import { Plan, type DraftPlanRequest, type DraftPlanResponse } from '@parley/protocol';
import { createTextNlp, type TextNlp } from '../interviewer/offline/nlp.ts';
import { TEMPLATES } from './templates/catalogue.ts';
import { chooseTemplate } from './choose-template.ts';
import { researchTopic } from './topic.ts';

/** Participant turns a drafted plan allows. */
const DEFAULT_MAX_TURNS = 16;
/** Minutes a drafted plan allows. */
const DEFAULT_MAX_MINUTES = 15;

/**
 * Drafts a complete, valid plan offline from a research question: the requested template, or the one its words
 * point to, written around the question's own topic. Pass `nlp` to reuse a loaded pipeline (loading one takes tens
 * of milliseconds).
 */
export function draftPlanOffline(request: DraftPlanRequest, nlp: TextNlp = createTextNlp()): DraftPlanResponse {
  const templates = Object.values(TEMPLATES);
  const template = request.template ?? chooseTemplate(nlp, request.researchQuestion, templates);
  const body = TEMPLATES[template].build({
    researchQuestion: request.researchQuestion.trim(),
    topic: researchTopic(nlp, request.researchQuestion),
  });
  const plan = Plan.parse({ ...body, maxTurns: DEFAULT_MAX_TURNS, maxMinutes: DEFAULT_MAX_MINUTES, language: request.language ?? 'en' });
  return { plan, template };
}
