import type { PlanTemplate } from '@parley/protocol';
import type { PlanBody } from './template-spec.ts';
import { bodyOf, type LocalTemplates } from './rows.ts';
import { FRENCH } from './fr.ts';
import { SPANISH } from './es.ts';
import { GERMAN } from './de.ts';

/** The languages the offline planner also drafts in (English uses the full templates and topic families). */
const LOCALISED: Record<string, LocalTemplates> = { fr: FRENCH, es: SPANISH, de: GERMAN };

/** A plan body written in French, Spanish or German for the template, or undefined for other languages. */
export function localisedPlan(language: string, template: PlanTemplate, researchQuestion: string): PlanBody | undefined {
  const templates = LOCALISED[language.toLowerCase().split('-')[0]!];
  return templates ? bodyOf(templates[template], researchQuestion) : undefined;
}
