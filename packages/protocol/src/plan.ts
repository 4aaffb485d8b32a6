import { z } from 'zod';
import { named } from './registry.ts';
import { planQuestionIssues } from './plan-question-issues.ts';

/** Kinds of research a plan can be. */
export const ResearchType = z.enum(['exploratory', 'discovery', 'evaluative', 'generative']);
/** Plan templates for the product brief's use cases. */
export const PlanTemplate = z.enum(['persona', 'journey', 'support', 'custom']);
export type PlanTemplate = z.infer<typeof PlanTemplate>;

const Question = z.string().trim().min(3).max(500);

/**
 * One question of the interview guide, with what it is for. `intent` says what the study needs to learn (the
 * interviewer checks earlier answers against it, so a question already answered is not asked again); `verbatim`
 * questions are asked word for word (by default only mandatory ones), others may be reworded to build on what was said.
 */
export const PlanQuestion = named(
  'PlanQuestion',
  z.strictObject({
    id: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, 'must be 1–40 letters, digits, "_" or "-"').describe('Unique in the plan; kept across edits.'),
    text: Question.describe('The question as asked: open, standalone (no "that"/"it" pointing at another question), suggesting no answers.'),
    mandatory: z.boolean().default(false).describe('Asked in every interview, with a turn kept for it.'),
    intent: z.string().trim().max(500).default('').describe('What the study needs to learn from it, in the words an answer would use.'),
    goal: z.string().trim().max(500).optional().describe('The plan goal it serves.'),
    verbatim: z.boolean().optional().describe('Asked word for word; when absent, true for mandatory questions and false for others.'),
    maxFollowUps: z.number().int().min(0).max(5).default(2).describe('Follow-up probes it may get.'),
  }),
);
export type PlanQuestion = z.infer<typeof PlanQuestion>;

/** A research plan: what the interviewer must cover and how long it may take. */
export const Plan = named(
  'Plan',
  z
    .strictObject({
      researchType: ResearchType,
      description: z.string().trim().min(1).max(2000),
      goals: z.array(z.string().trim().min(1).max(500)).min(3).max(12),
      targetParticipants: z.string().trim().min(1).max(500),
      // Optional on input since `questions` came: a client may send either shape (normalisePlan derives the other).
      mandatoryQuestions: z.array(Question).max(12).default([]),
      coreQuestions: z.array(Question).max(30).default([]),
      questions: z
        .array(PlanQuestion)
        .max(42)
        .optional()
        .describe('The interview guide as one ordered list; always present in responses. mandatoryQuestions and coreQuestions are derived from it (when a client sends edited lists with it, the lists decide which questions there are).'),
      // Five stages at most: the interview has 16 turns by default, and a stage needs a few of them.
      flow: z.array(z.string().trim().min(1).max(60)).min(1).max(5),
      maxTurns: z.number().int().min(4).max(60).default(16),
      maxMinutes: z.number().int().min(1).max(120).default(15),
      language: z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 tag such as "en"').default('en'),
      template: PlanTemplate.optional().describe('The kind of study it was drafted as (persona, journey, support, custom): which insight views lead.'),
    })
    .refine((p) => p.mandatoryQuestions.length + p.coreQuestions.length + (p.questions?.length ?? 0) >= 1, {
      message: 'a plan needs at least one question',
      path: ['coreQuestions'],
    })
    .refine((p) => Math.max(p.mandatoryQuestions.length, p.questions?.filter((q) => q.mandatory).length ?? 0) < p.maxTurns, {
      message: 'maxTurns must leave room for every mandatory question',
      path: ['maxTurns'],
    })
    // Every write path and the drafters parse plans here, so a question that is not standalone and open never gets in.
    .superRefine((plan, ctx) => {
      for (const issue of planQuestionIssues(plan)) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
    }),
);
export type Plan = z.infer<typeof Plan>;
/** A plan as a client may send it (defaults not yet applied). */
export type PlanInput = z.input<typeof Plan>;

/** The research question a study starts from. */
export const ResearchQuestion = z.string().trim().min(10).max(1000);

/** Body of `POST /v1/plans`. */
export const DraftPlanRequest = named(
  'DraftPlanRequest',
  z.strictObject({
    researchQuestion: ResearchQuestion,
    template: PlanTemplate.optional(),
    language: z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/).optional(),
  }),
);
export type DraftPlanRequest = z.infer<typeof DraftPlanRequest>;

/** Response of `POST /v1/plans`: a draft, not stored. */
export const DraftPlanResponse = named('DraftPlanResponse', z.object({ plan: Plan, template: PlanTemplate }));
export type DraftPlanResponse = z.infer<typeof DraftPlanResponse>;
