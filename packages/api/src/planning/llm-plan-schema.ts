import { z } from 'zod';
import { Plan, ResearchType, type PlanTemplate } from '@parley/protocol';

/**
 * The part of a plan the model writes, as a strict structured-output schema (every field required, no defaults).
 * Budgets and language are ours to set, and the result is checked against the protocol's own Plan schema.
 */
export const ModelPlanDraft = z.object({
  researchType: ResearchType.describe('exploratory, discovery, evaluative or generative'),
  description: z.string().describe('Two sentences for the research team: what the study is about and what it will learn.'),
  goals: z.array(z.string()).describe('Three to five research goals, each one sentence.'),
  targetParticipants: z.string().describe('Who should be interviewed, in one sentence.'),
  mandatoryQuestions: z.array(z.string()).describe('Three to five questions every interview must ask, in the order they come up.'),
  coreQuestions: z.array(z.string()).describe('Four to eight further questions, asked when time allows, in the order they come up.'),
  flow: z.array(z.string()).describe('Three or four short stage names for the interview, in order.'),
});
export type ModelPlanDraft = z.infer<typeof ModelPlanDraft>;

/** The fields of ModelPlanDraft, for picking them out of looser JSON. */
const FIELDS = Object.keys(ModelPlanDraft.shape) as (keyof ModelPlanDraft)[];

/** A checked plan, or the reasons it failed, one line each, in words the model can act on. */
export type PlanCheck = { ok: true; plan: Plan } | { ok: false; issues: string[] };

/** Checks model output (JSON text) against the protocol's Plan schema, with our budgets and language filled in. */
export function checkModelPlan(content: string, settings: { maxTurns: number; maxMinutes: number; language: string }): PlanCheck {
  let raw: unknown;
  try {
    raw = JSON.parse(content.trim().replace(/^```(?:json)?\s*|\s*```$/g, ''));
  } catch {
    return { ok: false, issues: ['The answer was not valid JSON: return one JSON object and nothing else.'] };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, issues: ['The answer must be one JSON object.'] };
  const picked = Object.fromEntries(FIELDS.filter((f) => f in raw).map((f) => [f, (raw as Record<string, unknown>)[f]]));
  const parsed = Plan.safeParse({ ...picked, ...settings });
  if (!parsed.success) return { ok: false, issues: parsed.error.issues.map((i) => `${i.path.join('.') || '(plan)'}: ${i.message}`) };
  if (parsed.data.mandatoryQuestions.length === 0) return { ok: false, issues: ['mandatoryQuestions: list at least one question every interview must ask'] };
  return { ok: true, plan: parsed.data };
}

/** What each template is for, so the model writes a plan of the kind the caller chose (or the question pointed to). */
export const TEMPLATE_FOCUS: Record<PlanTemplate, string> = {
  persona: 'persona development: who the participants are, their goals, frustrations, behaviours and context',
  journey: 'journey mapping: the stages participants went through, how each felt, and the moments of friction and delight',
  support: 'support experience: what happened, the effort it took, how it was resolved and through which channel',
  custom: 'the research question as asked',
};
