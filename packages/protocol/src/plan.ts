import { z } from 'zod';
import { named } from './registry.ts';

/** Kinds of research a plan can be. */
export const ResearchType = z.enum(['exploratory', 'discovery', 'evaluative', 'generative']);
/** Plan templates for the product brief's use cases. */
export const PlanTemplate = z.enum(['persona', 'journey', 'support', 'custom']);
export type PlanTemplate = z.infer<typeof PlanTemplate>;

const Question = z.string().trim().min(3).max(500);

/** A research plan: what the interviewer must cover and how long it may take. */
export const Plan = named(
  'Plan',
  z
    .strictObject({
      researchType: ResearchType,
      description: z.string().trim().min(1).max(2000),
      goals: z.array(z.string().trim().min(1).max(500)).min(3).max(12),
      targetParticipants: z.string().trim().min(1).max(500),
      mandatoryQuestions: z.array(Question).max(12),
      coreQuestions: z.array(Question).max(30),
      flow: z.array(z.string().trim().min(1).max(60)).min(1).max(12),
      maxTurns: z.number().int().min(4).max(60).default(16),
      maxMinutes: z.number().int().min(1).max(120).default(15),
      language: z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 tag such as "en"').default('en'),
    })
    .refine((p) => p.mandatoryQuestions.length + p.coreQuestions.length >= 1, {
      message: 'a plan needs at least one question',
      path: ['coreQuestions'],
    })
    .refine((p) => p.mandatoryQuestions.length < p.maxTurns, {
      message: 'maxTurns must leave room for every mandatory question',
      path: ['maxTurns'],
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
