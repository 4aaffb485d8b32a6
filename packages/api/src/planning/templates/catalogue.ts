import type { PlanTemplate } from '@parley/protocol';
import type { TemplateSpec } from './template-spec.ts';
import { personaTemplate } from './persona.ts';
import { journeyTemplate } from './journey.ts';
import { supportTemplate } from './support.ts';
import { customTemplate } from './custom.ts';

/** Every shipped template, by id; the order breaks ties when choosing one. */
export const TEMPLATES: Record<PlanTemplate, TemplateSpec> = {
  persona: personaTemplate,
  journey: journeyTemplate,
  support: supportTemplate,
  custom: customTemplate,
};
