import type { PlanInput, PlanTemplate } from '@parley/protocol';

/** What a template needs to write a plan for one research question. */
export interface PlanContext {
  researchQuestion: string;
  /** The research question's key noun phrase, ready to sit in a sentence ("the checkout"), if one was found. */
  topic: string | undefined;
}

/** The parts of a plan a template writes; budgets and language are filled in by the drafter. */
export type PlanBody = Omit<PlanInput, 'maxTurns' | 'maxMinutes' | 'language'>;

/**
 * A plan template for one use case. Questions come in the order they should come up, mandatory ones first; each is
 * open, neutral, about what participants actually did, and standalone (the interviewer may skip or reorder them).
 */
export interface TemplateSpec {
  id: PlanTemplate;
  /** Words that point to this template, with their weight; matched on stems, so "tickets" counts for "ticket". */
  keywords: Record<string, number>;
  build(ctx: PlanContext): PlanBody;
}
