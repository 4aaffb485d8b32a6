import type { Plan, PlanQuestion } from './plan.ts';

/**
 * A plan with `questions` always present and `mandatoryQuestions` / `coreQuestions` derived from it, so clients of
 * either shape read the same guide. When both are sent and disagree (a client edited a list of a plan it read back),
 * the lists decide which questions there are and their texts: a question keeps its id, intent, goal and limits while
 * its text is in a list, becomes mandatory or not by the list it is in, new texts become new questions placed after
 * their neighbour in their list, and questions in neither list are dropped. With only the lists, mandatory questions
 * come first (ids m1, m2…), then core ones (c1, c2…). Pass `previous` (the stored plan) on an update: lists sent back
 * unchanged from it mean the client edited `questions[]`, which then wins; lists sent alone edit its questions.
 */
export function normalisePlan(plan: Plan, previous?: Plan): Plan {
  const questions = guideOf(plan, previous);
  return {
    ...plan,
    questions,
    mandatoryQuestions: questions.filter((q) => q.mandatory).map((q) => q.text),
    coreQuestions: questions.filter((q) => !q.mandatory).map((q) => q.text),
  };
}

/** Whether a plan question is asked word for word: as set, or by default only when it is mandatory. */
export function isVerbatim(question: Pick<PlanQuestion, 'mandatory' | 'verbatim'>): boolean {
  return question.verbatim ?? question.mandatory;
}

function guideOf(plan: Plan, previous: Plan | undefined): PlanQuestion[] {
  const listed = plan.questions ?? [];
  // A client that knows only the lists (written before questions[] existed) edits the stored guide through them.
  if (listed.length === 0) return previous?.questions?.length ? reconcile(plan, previous.questions) : fromLists(plan);
  // A client that sends only `questions` sends empty lists: nothing to reconcile.
  if (plan.mandatoryQuestions.length === 0 && plan.coreQuestions.length === 0) return listed;
  if (sameLists(plan, listsOf(listed))) return listed;
  if (previous && sameLists(plan, listsOf(previous.questions?.length ? previous.questions : fromLists(previous)))) return listed;
  return reconcile(plan, listed);
}

function fromLists(plan: Pick<Plan, 'mandatoryQuestions' | 'coreQuestions'>): PlanQuestion[] {
  return [
    ...plan.mandatoryQuestions.map((text, i) => question(`m${i + 1}`, text, true)),
    ...plan.coreQuestions.map((text, i) => question(`c${i + 1}`, text, false)),
  ];
}

function listsOf(questions: PlanQuestion[]): { mandatory: string[]; core: string[] } {
  return { mandatory: questions.filter((q) => q.mandatory).map((q) => q.text), core: questions.filter((q) => !q.mandatory).map((q) => q.text) };
}

function sameLists(plan: Plan, lists: { mandatory: string[]; core: string[] }): boolean {
  const same = (a: string[], b: string[]) => a.length === b.length && a.every((t, i) => t === b[i]);
  return same(plan.mandatoryQuestions, lists.mandatory) && same(plan.coreQuestions, lists.core);
}

function reconcile(plan: Plan, questions: PlanQuestion[]): PlanQuestion[] {
  const mandatory = new Set(plan.mandatoryQuestions);
  const wanted = new Set([...plan.mandatoryQuestions, ...plan.coreQuestions]);
  const seen = new Set<string>();
  // Kept in questions[] order; a text listed twice in questions[] is kept once.
  const kept = questions
    .filter((q) => wanted.has(q.text) && !seen.has(q.text) && seen.add(q.text))
    .map((q) => ({ ...q, mandatory: mandatory.has(q.text) }));
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
      // After the question before it in its list; the first of a list goes before the one after it.
      const after = i > 0 ? kept.findIndex((q) => q.text === list[i - 1]) : -1;
      const before = kept.findIndex((q) => q.text === list[i + 1]);
      const at = after >= 0 ? after + 1 : before >= 0 ? before : isMandatory ? firstCore(kept) : kept.length;
      kept.splice(at, 0, question(fresh(isMandatory ? 'm' : 'c'), text, isMandatory));
    });
  }
  return kept;
}

/** Where a new mandatory question with no neighbour goes: before the first core question (mandatory ones come first). */
function firstCore(questions: PlanQuestion[]): number {
  const at = questions.findIndex((q) => !q.mandatory);
  return at < 0 ? questions.length : at;
}

function question(id: string, text: string, mandatory: boolean): PlanQuestion {
  return { id, text, mandatory, intent: '', maxFollowUps: 2 };
}
