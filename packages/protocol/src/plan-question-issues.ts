import { questionProblem } from './question-checks.ts';

/** The parts of a plan its question checks read (the parsed plan, before or after normalisation). */
export interface PlanQuestionsView {
  mandatoryQuestions: string[];
  coreQuestions: string[];
  questions?: { id: string; text: string }[] | undefined;
  language: string;
}

/** One problem with a plan question, at its path inside the plan ("questions.2.text", "mandatoryQuestions.1"). */
export interface PlanQuestionIssue {
  path: (string | number)[];
  message: string;
}

/**
 * Every question of a plan that is not standalone, open and free of suggested answers, and every id used twice; each
 * at the path the client wrote it. The lists are checked first, so a client that edits them (the console) sees its
 * own field named. With the lists given, `questions[]` texts are not checked again: the lists decide which questions
 * there are (see `normalisePlan`), and an entry in neither list is a stale copy that is dropped.
 */
export function planQuestionIssues(plan: PlanQuestionsView): PlanQuestionIssue[] {
  const issues: PlanQuestionIssue[] = [];
  const checked = new Set<string>();
  const check = (text: string, label: string, path: (string | number)[]) => {
    if (checked.has(text)) return;
    checked.add(text);
    const problem = questionProblem(text, plan.language);
    if (problem) issues.push({ path, message: `${label} ${problem}.` });
  };
  plan.mandatoryQuestions.forEach((text, i) => check(text, `Mandatory question ${i + 1}`, ['mandatoryQuestions', i]));
  plan.coreQuestions.forEach((text, i) => check(text, `Core question ${i + 1}`, ['coreQuestions', i]));
  const hasLists = plan.mandatoryQuestions.length + plan.coreQuestions.length > 0;
  const ids = new Set<string>();
  plan.questions?.forEach((q, i) => {
    if (ids.has(q.id)) issues.push({ path: ['questions', i, 'id'], message: `Question ${i + 1} reuses the id "${q.id}": ids must be unique in a plan.` });
    ids.add(q.id);
    if (!hasLists) check(q.text, `Question ${i + 1}`, ['questions', i, 'text']);
  });
  return issues;
}
