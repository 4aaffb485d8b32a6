import type { CreateStudyRequest, Study, UpdateStudyRequest } from '@parley/protocol';
import { Targeting, normalisePlan, planQuestionIssues, type Plan } from '@parley/protocol';
import type { AppDeps } from '../deps.ts';
import type { StudyRecord } from '../domain/records.ts';
import { ApiError, notFound } from '../http/api-error.ts';
import { defaultExperience, titleFromQuestion } from '../planning/experience.ts';

/** Creates a study, drafting its plan and participant experience from the research question when they are absent. */
export async function createStudy(deps: AppDeps, workspaceId: string, input: CreateStudyRequest): Promise<Study> {
  const now = deps.clock.now().toISOString();
  const drafted = input.plan ? null : await deps.planner.draft({ researchQuestion: input.researchQuestion });
  const plan = normalisePlan(input.plan ?? { ...drafted!.plan, template: drafted!.template });
  const title = input.title ?? input.experience?.title ?? titleFromQuestion(input.researchQuestion);
  const record: StudyRecord = {
    id: deps.ids.id('st'),
    workspaceId,
    title,
    researchQuestion: input.researchQuestion,
    plan,
    experience: input.experience ?? defaultExperience(plan, drafted?.template),
    triggers: input.triggers ?? [],
    targeting: input.targeting ?? Targeting.parse({}),
    status: input.status ?? 'draft',
    priority: input.priority ?? 0,
    archived: false,
    createdAt: now,
    updatedAt: now,
  };
  return deps.store.createStudy(record);
}

/** Applies a partial update to a study of the workspace. */
export async function updateStudy(deps: AppDeps, workspaceId: string, id: string, input: UpdateStudyRequest): Promise<Study> {
  const changes: Partial<StudyRecord> = { updatedAt: deps.clock.now().toISOString() };
  for (const [key, value] of Object.entries(input)) {
    if (value !== undefined) (changes as Record<string, unknown>)[key] = value;
  }
  // Either shape of plan questions is stored as both (see normalisePlan), whichever a client sent.
  if (input.plan) changes.plan = await planUpdate(deps, workspaceId, id, input.plan);
  const updated = await deps.store.updateStudy(workspaceId, id, changes);
  if (!updated) throw notFound('study', id);
  return updated;
}

/**
 * The plan a PATCH stores. Lists sent back unchanged next to edited `questions[]` mean the client edited the questions,
 * which the schema did not check (it checks the lists a client sends): they are checked here, at their own paths.
 */
async function planUpdate(deps: AppDeps, workspaceId: string, id: string, sent: Plan): Promise<Plan> {
  const stored = (await deps.store.getStudy(workspaceId, id))?.plan;
  const plan = normalisePlan(sent, stored);
  const issues = planQuestionIssues({ ...plan, mandatoryQuestions: [], coreQuestions: [] });
  if (issues.length > 0) {
    const found = issues.map((i) => ({ path: ['plan', ...i.path].join('.'), message: i.message }));
    throw new ApiError('invalid_request', `The request body is invalid: ${found.map((i) => i.path).join(', ')}.`, { issues: found });
  }
  return plan;
}
