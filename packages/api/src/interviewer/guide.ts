import type { Plan } from '@parley/protocol';
import type { GuideQuestion } from './state.ts';
import { normaliseAsked } from './asked-text.ts';

/** Follow-ups a question may get when the plan does not say. */
export const DEFAULT_MAX_FOLLOW_UPS = 2;

/** A plan question as the guide reads it: the plan's `questions[]` entry, or one made from the two older lists. */
interface PlanQuestionLike {
  id: string;
  text: string;
  mandatory: boolean;
  intent?: string;
  goal?: string;
  verbatim?: boolean;
  maxFollowUps?: number;
}

/**
 * Builds the interview guide from a plan: its `questions[]` in the researcher's order, or, for plans written as the
 * two lists, the mandatory questions first and then the core ones, each list in its own order (so a question never
 * lands away from the one before it). Duplicates are asked once. A catch-all closer ("What else…", "Is there
 * anything else…") always comes last, as a researcher would ask it. Stages of plan.flow are shared out in order.
 */
export function buildGuide(plan: Plan): GuideQuestion[] {
  const seen = new Set<string>();
  const items = planQuestions(plan).filter((q) => {
    const key = normaliseAsked(q.text);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const ordered = [...items.filter((q) => !isCloser(q.text)), ...items.filter((q) => isCloser(q.text))];
  const stages = plan.flow.length > 0 ? plan.flow : [''];
  return ordered.map((q, order) => {
    const stage = isCloser(q.text) ? stages.length - 1 : Math.floor((order * stages.length) / ordered.length);
    return {
      id: q.id,
      text: q.text,
      mandatory: q.mandatory,
      stage: stages[Math.min(stage, stages.length - 1)]!,
      intent: q.intent ?? '',
      ...(q.goal ? { goal: q.goal } : {}),
      verbatim: q.verbatim ?? q.mandatory,
      maxFollowUps: q.maxFollowUps ?? DEFAULT_MAX_FOLLOW_UPS,
    };
  });
}

function planQuestions(plan: Plan): PlanQuestionLike[] {
  const listed = (plan as { questions?: PlanQuestionLike[] }).questions;
  if (listed && listed.length > 0) return listed;
  return [
    ...plan.mandatoryQuestions.map((text, i) => ({ id: `m${i + 1}`, text, mandatory: true })),
    ...plan.coreQuestions.map((text, i) => ({ id: `c${i + 1}`, text, mandatory: false })),
  ];
}

/** True for a catch-all closing question, which is always asked last. */
export function isCloser(text: string): boolean {
  return /^(?:and\s+)?(?:what else|is there anything else|anything else|is there something else|y a-t-il autre chose|qu['’]est-ce que vous aimeriez ajouter|¿?hay algo más|¿?algo más|¿?qué más|gibt es sonst noch|was möchten sie noch)\b/i.test(text.trim());
}
