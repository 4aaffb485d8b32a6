import type { Plan, PlanQuestion } from './plan.ts';

/**
 * A plan with `questions` always present and `mandatoryQuestions` / `coreQuestions` derived from it, so clients of
 * either shape read the same guide. When both are sent and disagree (a client edited a list of a plan it read back),
 * the lists decide which questions there are and their texts: a question keeps its id, intent, goal and limits while
 * its text is in a list, becomes mandatory or not by the list it is in, new texts become new questions placed next to
 * their neighbour in their list, and questions in neither list are dropped. With only the lists, mandatory
 * questions come first (ids m1, m2…), then core ones (c1, c2…).
 */
export function normalisePlan(plan: Plan): Plan {
  const listed = plan.questions ?? [];
  const questions = listed.length === 0 ? fromLists(plan) : agreesWithLists(plan, listed) ? listed : reconcile(plan, listed);
  return {
    ...plan,
    questions,
    mandatoryQuestions: questions.filter((q) => q.mandatory).map((q) => q.text),
    coreQuestions: questions.filter((q) => !q.mandatory).map((q) => q.text),
  };
}

function fromLists(plan: Plan): PlanQuestion[] {
  return [
    ...plan.mandatoryQuestions.map((text, i) => question(`m${i + 1}`, text, true)),
    ...plan.coreQuestions.map((text, i) => question(`c${i + 1}`, text, false)),
  ];
}

function agreesWithLists(plan: Plan, questions: PlanQuestion[]): boolean {
  const sameAs = (texts: string[], mandatory: boolean) => {
    const own = questions.filter((q) => q.mandatory === mandatory).map((q) => q.text);
    return own.length === texts.length && own.every((t, i) => t === texts[i]);
  };
  // A client that sends only `questions` sends empty lists: nothing to reconcile.
  if (plan.mandatoryQuestions.length === 0 && plan.coreQuestions.length === 0) return true;
  return sameAs(plan.mandatoryQuestions, true) && sameAs(plan.coreQuestions, false);
}

function reconcile(plan: Plan, questions: PlanQuestion[]): PlanQuestion[] {
  const mandatory = new Set(plan.mandatoryQuestions);
  const wanted = new Set([...plan.mandatoryQuestions, ...plan.coreQuestions]);
  const kept = questions.filter((q) => wanted.has(q.text)).map((q) => ({ ...q, mandatory: mandatory.has(q.text) }));
  const ids = new Set(kept.map((q) => q.id));
  const fresh = (prefix: string) => {
    let n = 1;
    while (ids.has(`${prefix}${n}`)) n += 1;
    ids.add(`${prefix}${n}`);
    return `${prefix}${n}`;
  };
  for (const [list, isMandatory] of [[plan.mandatoryQuestions, true], [plan.coreQuestions, false]] as const) {
    list.forEach((text, i) => {
      if (kept.some((q) => q.text === text)) return;
      // Next to its neighbour in the list: after the one before it, or (first in its list) before the one after it.
      const after = i > 0 ? kept.findIndex((q) => q.text === list[i - 1]) : -1;
      const before = kept.findIndex((q) => q.text === list[i + 1]);
      const at = after >= 0 ? after + 1 : before >= 0 ? before : isMandatory ? 0 : kept.length;
      kept.splice(at, 0, question(fresh(isMandatory ? 'm' : 'c'), text, isMandatory));
    });
  }
  return kept;
}

function question(id: string, text: string, mandatory: boolean): PlanQuestion {
  return { id, text, mandatory, intent: '', maxFollowUps: 2 };
}
