import type { StudyOverlaps } from '@parley/protocol';
import type { AppDeps } from '../deps.ts';
import { notFound } from '../http/api-error.ts';
import { triggerOverlaps } from '../targeting/overlaps.ts';
import { liveStudies, priorityOf } from './live-studies.ts';

/** The other live studies of the workspace that can want the same moment as this study, in the order they claim it. */
export async function studyOverlaps(deps: AppDeps, workspaceId: string, studyId: string): Promise<StudyOverlaps> {
  const study = await deps.store.getStudy(workspaceId, studyId);
  if (!study) throw notFound('study', studyId);
  const data: StudyOverlaps['data'] = [];
  for (const other of await liveStudies(deps.store, workspaceId)) {
    if (other.id === study.id) continue;
    const reasons = triggerOverlaps(study.triggers, other.triggers);
    if (reasons.length > 0) data.push({ studyId: other.id, title: other.title, priority: priorityOf(other), reason: reasons.join(' ') });
  }
  return { data };
}
