import type { PlanInput, PlanTemplate } from '@parley/protocol';
import type { PlanBody } from './template-spec.ts';

/** One question as a localised template writes it; `goal` is an index into the plan's goals (null for the closer). */
export type QuestionRow = [id: string, text: string, mandatory: boolean, intent: string, goal: number | null, maxFollowUps: number];

/** A localised plan template: everything but the research question, which only the description quotes. */
export interface LocalTemplate {
  researchType: PlanInput['researchType'];
  description: (researchQuestion: string) => string;
  goals: string[];
  target: string;
  questions: QuestionRow[];
  flow: string[];
}

/** The four templates in one language. */
export type LocalTemplates = Record<PlanTemplate, LocalTemplate>;

/** The plan body of a localised template for one research question. */
export function bodyOf(template: LocalTemplate, researchQuestion: string): PlanBody {
  return {
    researchType: template.researchType,
    description: template.description(researchQuestion),
    goals: template.goals,
    targetParticipants: template.target,
    questions: template.questions.map(([id, text, mandatory, intent, goal, maxFollowUps]) => ({
      id,
      text,
      mandatory,
      intent,
      ...(goal === null ? {} : { goal: template.goals[goal]! }),
      maxFollowUps,
    })),
    flow: template.flow,
  };
}
