import type { Study } from '@parley/protocol';
import type { Store } from '../store/store.ts';

/** Every live study of a workspace (the candidates for triggers), newest first. */
export async function liveStudies(store: Store, workspaceId: string): Promise<Study[]> {
  const out: Study[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.listStudies(workspaceId, { limit: 100, ...(cursor ? { cursor } : {}) });
    out.push(...page.data.filter((s) => s.status === 'live'));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return out;
}
