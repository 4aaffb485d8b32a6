import { Plan, normalisePlan, type DraftPlanRequest, type DraftPlanResponse } from '@parley/protocol';
import { createTextNlp, type TextNlp } from '../interviewer/offline/nlp.ts';
import { TEMPLATES } from './templates/catalogue.ts';
import { chooseTemplate } from './choose-template.ts';
import { researchTopic } from './topic.ts';
import { topicFamilyOf } from './templates/topic-families.ts';
import { localisedPlan } from './templates/localised.ts';

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
  const researchQuestion = request.researchQuestion.trim();
  // A custom study about a common kind of question (trial conversion, churn, onboarding, pricing, a feature's
  // adoption) gets that kind's own questions rather than the generic ones around its topic.
  const family = template === 'custom' ? topicFamilyOf(researchQuestion) : undefined;
  // A plan in French, Spanish or German is written in that language from the start (never English questions in a
  // plan that says otherwise); other languages get the English draft for the researcher to translate.
  const localised = request.language ? localisedPlan(request.language, template, researchQuestion) : undefined;
  const context = { researchQuestion, topic: researchTopic(nlp, researchQuestion) };
  const body = localised ?? (family ? family.build(context) : TEMPLATES[template].build(context));
  const plan = normalisePlan(Plan.parse({ ...body, maxTurns: DEFAULT_MAX_TURNS, maxMinutes: DEFAULT_MAX_MINUTES, language: request.language ?? 'en' }));
  return { plan, template };
}
