import { dropRetiredJournal, type OpenJournalFile, startJournal } from './data-dir.ts';
import type { JournalFile } from './journal.ts';
import { type RecoverOptions, recover } from './recovery.ts';
import { writeSnapshot } from './snapshot.ts';
import type { MemoryState } from './state.ts';

/** What a loaded data directory runs on: its state and the fresh journal that continues it. */
export interface LoadedDataDir {
  state: MemoryState;
  journal: { file: JournalFile; size: number; epoch: number };
}

/**
 * Loads a data directory into memory and restarts it from one clean file: the snapshot and journals are replayed, then
 * compacted into a fresh snapshot and an empty journal. Each step is crash-safe, so a failure part way (a full disk)
 * leaves a directory that loads the same. Used at open, and to recover in place after a failed write.
 */
export async function loadDataDir(
  dir: string,
  opts: { openJournalFile: OpenJournalFile; now: () => number; recover?: RecoverOptions },
): Promise<LoadedDataDir> {
  const { state, epoch } = await recover(dir, opts.recover);
  const next = epoch + 1;
  await writeSnapshot(dir, state.capture(opts.now()), next);
  await dropRetiredJournal(dir);
  const { file, size } = await startJournal(dir, next, next, opts.openJournalFile);
  return { state, journal: { file, size, epoch: next } };
}
