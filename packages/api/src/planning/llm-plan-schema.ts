import { z } from 'zod';
import { Plan, ResearchType, normalisePlan, type PlanTemplate } from '@parley/protocol';

/**
 * The part of a plan the model writes, as a strict structured-output schema (every field required, no defaults).
 * Budgets and language are ours to set, and the result is checked against the protocol's own Plan schema.
 */
export const ModelPlanDraft = z.object({
  researchType: ResearchType.describe('exploratory, discovery, evaluative or generative'),
  description: z.string().describe('Two sentences for the research team: what the study is about and what it will learn.'),
  goals: z.array(z.string()).describe('Three to five research goals, each one sentence.'),
  targetParticipants: z.string().describe('Who should be interviewed, in one sentence.'),
  questions: z
    .array(
      z.object({
        id: z.string().describe('A short id of letters, digits, "_" or "-", unique in the plan (e.g. "trial_end").'),
        text: z.string().describe('The question as asked: open (no yes/no opener), about what the participant actually did, standalone (no "that" or "it" pointing at another question), suggesting no answers.'),
        mandatory: z.boolean().describe('True for the at most three questions every interview must ask.'),
        intent: z.string().describe('What the study needs to learn from it, as a short phrase using the words an answer would use.'),
        goal: z.string().describe('The goal (one of "goals", word for word) this question serves.'),
        verbatim: z.boolean().describe('True to ask it word for word; false lets the interviewer reword it to build on what was said.'),
        maxFollowUps: z.number().int().describe('Follow-ups it may get, 0 to 3.'),
      }),
    )
    .describe('Eight to twelve questions in the order they should come up, mandatory ones first.'),
  flow: z.array(z.string()).describe('Three to five short stage names for the interview, in order.'),
});
export type ModelPlanDraft = z.infer<typeof ModelPlanDraft>;

/** The fields of ModelPlanDraft, for picking them out of looser JSON (a model may still answer with the two older lists). */
const FIELDS = [...Object.keys(ModelPlanDraft.shape), 'mandatoryQuestions', 'coreQuestions'];

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
  const parsed = Plan.safeParse({ mandatoryQuestions: [], coreQuestions: [], ...picked, ...settings });
  if (!parsed.success) return { ok: false, issues: parsed.error.issues.map((i) => `${i.path.join('.') || '(plan)'}: ${i.message}`) };
  const plan = normalisePlan(parsed.data);
  if (plan.mandatoryQuestions.length === 0) return { ok: false, issues: ['questions: mark at least one question every interview must ask as mandatory'] };
  return { ok: true, plan };
}

/** What each template is for, so the model writes a plan of the kind the caller chose (or the question pointed to). */
export const TEMPLATE_FOCUS: Record<PlanTemplate, string> = {
  persona: 'persona development: who the participants are, their goals, frustrations, behaviours and context',
  journey: 'journey mapping: the stages participants went through, how each felt, and the moments of friction and delight',
  support: 'support experience: what happened, the effort it took, how it was resolved and through which channel',
  custom: 'the research question as asked',
};
