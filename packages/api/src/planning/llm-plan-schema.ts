import { z } from 'zod';
import { Plan, ResearchType, normalisePlan, type PlanTemplate } from '@parley/protocol';

/** Drafted plans ask this many questions: enough for 16 turns with follow-ups, few enough to leave room for them. */
export const DRAFT_QUESTIONS = { min: 8, max: 12 } as const;
/** Drafted plans mark at most this many questions mandatory: each one takes a turn in every interview. */
export const DRAFT_MAX_MANDATORY = 3;

/**
 * The part of a plan the model writes, as a strict structured-output schema (every field required, no defaults).
 * Its bounds are the protocol Plan's own (ids, follow-ups, goals, stages) plus the drafting rules checked below;
 * string lengths are only described, as strict structured output does not take them. Budgets and language are ours.
 */
export const ModelPlanDraft = z.object({
  researchType: ResearchType.describe('exploratory, discovery, evaluative or generative'),
  description: z.string().describe('Two sentences for the research team: what the study is about and what it will learn.'),
  goals: z.array(z.string()).min(3).max(12).describe('Three to five research goals, each one sentence of at most 500 characters.'),
  targetParticipants: z.string().describe('Who should be interviewed, in one sentence.'),
  questions: z
    .array(
      z.object({
        id: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/).describe('A short id of letters, digits, "_" or "-", unique in the plan (e.g. "trial_end").'),
        text: z
          .string()
          .describe('The question as asked (3 to 500 characters): open (no yes/no opener), about what the participant actually did, one thing, standalone (no "that", "it", "then" or "And…" pointing at another question), suggesting no answers (no options, no "such as", no "e.g.").'),
        mandatory: z.boolean().describe(`True for the at most ${DRAFT_MAX_MANDATORY} questions every interview must ask; they come first.`),
        intent: z.string().describe('What the study needs to learn from it: a short noun phrase with the words an answer would use, e.g. "the channel used to contact support (chat, email, phone)".'),
        goal: z.string().describe('The goal (one of "goals", word for word) this question serves.'),
        verbatim: z.boolean().describe('True to ask it word for word (usual for mandatory questions); false lets the interviewer reword it to build on what was said.'),
        maxFollowUps: z.number().int().min(0).max(5).describe('Follow-ups it may get, usually 1 to 3.'),
      }),
    )
    .min(DRAFT_QUESTIONS.min)
    .max(DRAFT_QUESTIONS.max)
    .describe(`${DRAFT_QUESTIONS.min} to ${DRAFT_QUESTIONS.max} questions in the order they should come up, mandatory ones first.`),
  flow: z.array(z.string()).min(1).max(5).describe('Three to five short stage names for the interview, in order, each at most 60 characters.'),
});
export type ModelPlanDraft = z.infer<typeof ModelPlanDraft>;

/** The fields of ModelPlanDraft, for picking them out of looser JSON (a model may still answer with the two older lists). */
const FIELDS = [...Object.keys(ModelPlanDraft.shape), 'mandatoryQuestions', 'coreQuestions'];

/** A checked plan, or the reasons it failed, one line each, in words the model can act on. */
export type PlanCheck = { ok: true; plan: Plan } | { ok: false; issues: string[] };

/**
 * Checks model output (JSON text) against the protocol's Plan schema (which refuses questions that are not
 * standalone, open and free of suggested answers, each at its path), with our budgets and language filled in, then
 * against the drafting rules.
 */
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
  const issues = draftingIssues(plan);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, plan };
}

function draftingIssues(plan: Plan): string[] {
  const questions = plan.questions ?? [];
  const mandatory = questions.filter((q) => q.mandatory).length;
  const issues: string[] = [];
  if (mandatory === 0) issues.push('questions: mark at least one question every interview must ask as mandatory');
  if (mandatory > DRAFT_MAX_MANDATORY) issues.push(`questions: mark at most ${DRAFT_MAX_MANDATORY} questions as mandatory (there are ${mandatory})`);
  if (questions.length < DRAFT_QUESTIONS.min || questions.length > DRAFT_QUESTIONS.max) {
    issues.push(`questions: write ${DRAFT_QUESTIONS.min} to ${DRAFT_QUESTIONS.max} questions (there are ${questions.length})`);
  }
  return issues;
}

/** What each template is for, so the model writes a plan of the kind the caller chose (or the question pointed to). */
export const TEMPLATE_FOCUS: Record<PlanTemplate, string> = {
  persona: 'persona development: who the participants are, their goals, frustrations, behaviours and context',
  journey: 'journey mapping: the stages participants went through, how each felt, and the moments of friction and delight',
  support: 'support experience: what happened, the effort it took, how it was resolved and through which channel',
  custom: 'the research question as asked',
};
