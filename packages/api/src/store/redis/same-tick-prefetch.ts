import type { Study } from '@parley/protocol';

/**
 * Studies read together with a session, kept for the `getStudy` that follows in the same event-loop turn.
 *
 * Why: a turn reads its session and then its study (services/take-turn.ts). The session read fetches the study
 * atomically with it (one round trip instead of two) and hands it here. An entry lives only until the I/O callbacks of
 * the current event-loop turn are done (setImmediate on Node; a zero-delay timer where there is none), and taking it
 * removes it; any write of this store to the study drops it too. So code that asks for the study after waiting on any
 * I/O — such as a write by another process — always reads Redis again. The one thing an entry can hide is a write
 * from elsewhere whose completion arrives in the very same batch of I/O events as the session read: the two were in
 * flight together, and the session with its study is then a consistent snapshot from just before that write.
 */
export class SameTickPrefetch {
  private readonly entries = new Map<string, Study>();
  private clearing = false;

  /** Keeps `study` for a `take` later in this event-loop turn. */
  put(workspaceId: string, study: Study): void {
    this.entries.set(slot(workspaceId, study.id), study);
    if (this.clearing) return;
    this.clearing = true;
    afterThisTurn(() => {
      this.entries.clear();
      this.clearing = false;
    });
  }

  /** The study kept for this workspace and id, removing it; undefined if none. */
  take(workspaceId: string, studyId: string): Study | undefined {
    const key = slot(workspaceId, studyId);
    const found = this.entries.get(key);
    if (found) this.entries.delete(key);
    return found;
  }

  /** Forgets a study this store is about to change. */
  drop(workspaceId: string, studyId: string): void {
    this.entries.delete(slot(workspaceId, studyId));
  }
}

function slot(workspaceId: string, studyId: string): string {
  return `${workspaceId}\n${studyId}`;
}

/** Runs `fn` once the current event-loop turn's I/O callbacks have run. */
function afterThisTurn(fn: () => void): void {
  const immediate = (globalThis as { setImmediate?: (fn: () => void) => unknown }).setImmediate;
  if (immediate) immediate(fn);
  else setTimeout(fn, 0);
}
