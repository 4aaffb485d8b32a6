import type { SessionWithTurns } from '../../domain/records.ts';
import type { Store } from '../../store/store.ts';
import type { StudyEntry } from '../study/study-entry.ts';

const PAGE = 100;

/**
 * The sessions of a study whose transcripts have participant turns their stored analysis does not cover (a crash
 * between a reply and its analysis, or a rebuild), oldest first so themes form in the order the interviews happened.
 */
export async function pendingSessions(store: Store, entry: StudyEntry): Promise<SessionWithTurns[]> {
  const behind: SessionWithTurns[] = [];
  for (let cursor: string | undefined; ; ) {
    const page = await store.listSessions(entry.workspaceId, { studyId: entry.studyId }, { limit: PAGE, ...(cursor ? { cursor } : {}) });
    for (const s of page.data) {
      const covered = entry.model.analyzedTurns.get(s.session.id) ?? 0;
      if (s.turns.slice(covered).some((t) => t.role === 'participant')) behind.push(s);
    }
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  return behind.sort((a, b) => (a.session.startedAt < b.session.startedAt ? -1 : a.session.startedAt > b.session.startedAt ? 1 : a.session.id < b.session.id ? -1 : 1));
}
