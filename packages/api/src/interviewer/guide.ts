import type { Plan } from '@parley/protocol';
import type { GuideQuestion } from './state.ts';
import { normaliseAsked } from './asked-text.ts';

/**
 * Builds the interview guide from a plan: every mandatory and core question once, in plan.flow order. A plan lists
 * both kinds in the order they should come up, so the two lists are interleaved by relative position (mandatory
 * first on ties) and the stages are shared out over that order. A catch-all closer ("What else…", "Is there
 * anything else…") always comes last, as a researcher would ask it.
 */
export function buildGuide(plan: Plan): GuideQuestion[] {
  const seen = new Set<string>();
  const items: { q: Omit<GuideQuestion, 'stage'>; position: number }[] = [];
  const add = (texts: string[], mandatory: boolean) =>
    texts.forEach((text, i) => {
      const key = normaliseAsked(text);
      if (seen.has(key)) return;
      seen.add(key);
      items.push({ q: { id: `${mandatory ? 'm' : 'c'}${i + 1}`, text, mandatory }, position: i / texts.length });
    });
  add(plan.mandatoryQuestions, true);
  add(plan.coreQuestions, false);
  items.sort((a, b) => a.position - b.position || Number(b.q.mandatory) - Number(a.q.mandatory));
  const ordered = [...items.filter((i) => !isCloser(i.q.text)), ...items.filter((i) => isCloser(i.q.text))];

  const stages = plan.flow.length > 0 ? plan.flow : [''];
  return ordered.map(({ q }, order) => {
    const stage = isCloser(q.text) ? stages.length - 1 : Math.floor((order * stages.length) / ordered.length);
    return { ...q, stage: stages[Math.min(stage, stages.length - 1)]! };
  });
}

function isCloser(text: string): boolean {
  return /^(?:and\s+)?(?:what else|is there anything else|anything else|is there something else)\b/i.test(text.trim());
}
