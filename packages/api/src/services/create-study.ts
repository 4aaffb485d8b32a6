import type { CreateStudyRequest, Study, UpdateStudyRequest } from '@parley/protocol';
import { Targeting, normalisePlan } from '@parley/protocol';
import type { AppDeps } from '../deps.ts';
import type { StudyRecord } from '../domain/records.ts';
import { notFound } from '../http/api-error.ts';
import { defaultExperience, titleFromQuestion } from '../planning/experience.ts';

/** Creates a study, drafting its plan and participant experience from the research question when they are absent. */
export async function createStudy(deps: AppDeps, workspaceId: string, input: CreateStudyRequest): Promise<Study> {
  const now = deps.clock.now().toISOString();
  const drafted = input.plan ? null : await deps.planner.draft({ researchQuestion: input.researchQuestion });
  const plan = normalisePlan(input.plan ?? drafted!.plan);
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
  if (input.plan) changes.plan = normalisePlan(input.plan);
  const updated = await deps.store.updateStudy(workspaceId, id, changes);
  if (!updated) throw notFound('study', id);
  return updated;
}
