import type { Study } from '@parley/protocol';
import type { Store } from '../store/store.ts';

/**
 * Every live, non-archived study of a workspace (the candidates for triggers), in the order they claim a shared
 * moment: highest priority first, then the oldest study, then the id, so the same studies always give the same winner.
 */
export async function liveStudies(store: Store, workspaceId: string): Promise<Study[]> {
  const out: Study[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.listStudies(workspaceId, { limit: 100, ...(cursor ? { cursor } : {}) });
    out.push(...page.data.filter((s) => s.status === 'live' && !isArchived(s)));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return out.sort(byClaimOrder);
}

/** Orders studies that want the same moment: higher priority first; ties go to the oldest study, then the smaller id. */
export function byClaimOrder(a: Study, b: Study): number {
  return priorityOf(b) - priorityOf(a) || a.createdAt.localeCompare(b.createdAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** A study's priority; studies stored before priorities existed count as 0. */
export function priorityOf(study: Study): number {
  return study.priority ?? 0;
}

/** Whether a study is archived; studies stored before archiving existed are not. */
export function isArchived(study: Study): boolean {
  return study.archived ?? false;
}
